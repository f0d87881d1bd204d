package dev.mockinterview.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityNoticeTest {

    private static final SecuritySettings LOCAL = new SecuritySettings(SecurityMode.LOCAL, null, List.of());

    @Test
    void localModeOnLoopbackNeedsNoWarning() {
        assertThat(new SecurityNotice(LOCAL, "127.0.0.1").warnings()).isEmpty();
        assertThat(new SecurityNotice(LOCAL, "::1").warnings()).isEmpty();
    }

    @Test
    void warnsWhenLocalModeListensBeyondThisMachine() {
        assertThat(new SecurityNotice(LOCAL, "0.0.0.0").warnings())
                .singleElement()
                .asString()
                .contains("without a token");
        assertThat(new SecurityNotice(LOCAL, null).warnings()).hasSize(1);
    }

    @Test
    void warnsWhenTeamModeHasNoWayToCreateUsers() {
        assertThat(new SecurityNotice(new SecuritySettings(SecurityMode.TEAM, null, List.of()), "0.0.0.0").warnings())
                .singleElement()
                .asString()
                .contains("no one can create users");
    }

    @Test
    void theSummaryNeverShowsTheAdminToken() {
        SecuritySettings team = new SecuritySettings(SecurityMode.TEAM, "team-admin-token-0123456789", List.of());

        assertThat(new SecurityNotice(team, "0.0.0.0").summary())
                .contains("team mode")
                .doesNotContain("team-admin-token");
        assertThat(new SecurityNotice(team, "0.0.0.0").warnings()).isEmpty();
    }
}
