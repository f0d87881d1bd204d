package dev.mockinterview.bank.review;

/** One quality flag a reviewer put on an entry ({@code wrong}, {@code shallow}, {@code displaced} ...). */
public record ReviewFlag(String flag, String note) {}
