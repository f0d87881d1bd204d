package dev.mockinterview.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminTokenTest {

    private final AdminToken admin = new AdminToken("admin-token-0123456789abcdef");

    @Test
    void matchesOnlyTheConfiguredToken() {
        assertThat(admin.matches("admin-token-0123456789abcdef")).isTrue();
        assertThat(admin.matches("admin-token-0123456789abcdeF")).isFalse();
        assertThat(admin.matches("admin-token-0123456789abcde")).isFalse();
        assertThat(admin.matches("")).isFalse();
    }

    @Test
    void withoutAConfiguredTokenNothingMatches() {
        AdminToken none = new AdminToken(null);

        assertThat(none.isConfigured()).isFalse();
        assertThat(none.matches("")).isFalse();
        assertThat(none.matches("anything")).isFalse();
    }

    @Test
    void neverShowsTheToken() {
        assertThat(admin.toString()).doesNotContain("admin-token");
    }
}
