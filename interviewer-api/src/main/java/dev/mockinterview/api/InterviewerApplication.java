package dev.mockinterview.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class InterviewerApplication {

    public static void main(String[] args) {
        SpringApplication.run(InterviewerApplication.class, args);
    }
}
