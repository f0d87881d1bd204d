package dev.mockinterview.api.store;

import io.r2dbc.spi.R2dbcException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which integrity rule a failed write broke, by SQL state, the same on H2 and PostgreSQL where it matters. */
final class Constraints {

    private static final String UNIQUE = "23505";
    /** PostgreSQL says 23503 for a missing parent row, H2 says 23506. */
    private static final Set<String> FOREIGN_KEY = Set.of("23503", "23506");

    private Constraints() {}

    static boolean isUniqueViolation(Throwable error) {
        return UNIQUE.equals(sqlState(error));
    }

    static boolean isForeignKeyViolation(Throwable error) {
        String state = sqlState(error);
        return state != null && FOREIGN_KEY.contains(state);
    }

    private static @Nullable String sqlState(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null) {
                return r2dbc.getSqlState();
            }
        }
        return null;
    }
}
