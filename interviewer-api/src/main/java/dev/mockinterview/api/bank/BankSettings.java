package dev.mockinterview.api.bank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bank is served.
 *
 * @param defaultPageSize page size when the client gives none
 * @param maxPageSize larger requested sizes are capped to this, so one request cannot pull the whole bank
 */
@ConfigurationProperties("interview.bank")
public record BankSettings(
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("100") int maxPageSize) {
    public BankSettings {
        if (maxPageSize < 1 || defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("interview.bank: need 1 <= default-page-size <= max-page-size, got "
                    + defaultPageSize + " and " + maxPageSize);
        }
    }
}
