package dev.mockinterview.api.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI interviewOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Mock interview service")
                        .version("v1")
                        .description("Question bank and answer grading of the LLM-graded mock interview service."
                                + " Errors are RFC 9457 problem details with a stable `code`."));
    }
}
