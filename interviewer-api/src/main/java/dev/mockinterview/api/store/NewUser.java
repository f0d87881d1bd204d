package dev.mockinterview.api.store;

/**
 * A user just created, with the only copy of their bearer token; the database keeps its hash.
 */
public record NewUser(User user, String token) {
    @Override
    public String toString() {
        return "NewUser[user=" + user + ", token=<hidden>]";
    }
}
