package dev.mockinterview.api.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The service's Prometheus scrape, read for the few series the load tool compares with what clients saw. */
final class ServiceMetrics {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI prometheus;

    ServiceMetrics(URI base) {
        this.prometheus = base.resolve("/actuator/prometheus");
    }

    Scrape scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(prometheus)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + prometheus + " answered " + response.statusCode());
        }
        return new Scrape(
                response.body().lines().filter(line -> !line.startsWith("#")).toList());
    }

    /** One scrape's sample lines. */
    record Scrape(List<String> samples) {

        /** The sum over all series of this metric whose labels contain every given {@code key="value"}. */
        double sum(String metric, String... labels) {
            double total = 0;
            for (String sample : samples) {
                if (!sample.startsWith(metric + "{") && !sample.startsWith(metric + " ")) {
                    continue;
                }
                int space = sample.lastIndexOf(' ');
                String series = sample.substring(0, space);
                boolean matches = true;
                for (String label : labels) {
                    matches &= series.contains(label);
                }
                if (matches) {
                    total += Double.parseDouble(sample.substring(space + 1));
                }
            }
            return total;
        }
    }
}
