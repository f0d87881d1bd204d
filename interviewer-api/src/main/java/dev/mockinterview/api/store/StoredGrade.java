package dev.mockinterview.api.store;

import dev.mockinterview.grading.GradeResult;
import java.time.Instant;
import java.util.UUID;

public record StoredGrade(UUID answerId, GradeResult result, Instant gradedAt) {}
