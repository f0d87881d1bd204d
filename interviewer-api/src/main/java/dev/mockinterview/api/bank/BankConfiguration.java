package dev.mockinterview.api.bank;

import dev.mockinterview.bank.BundledBank;
import dev.mockinterview.bank.QuestionBank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BankConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BankConfiguration.class);

    /**
     * Built once from the bundled raw corpus before the server accepts traffic; immutable afterwards, so every
     * request thread may read it without locks. Built in the background (Spring's bootstrap executor) while the rest of
     * the context starts (about two seconds of CPU on a cold JVM); its users take it through a lazy proxy, and the context
     * waits for it before it reports started.
     */
    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    QuestionBank questionBank() {
        long start = System.nanoTime();
        QuestionBank bank = BundledBank.load();
        log.info(
                "Question bank built from the bundled corpus: {} questions in {} topics, {} ms",
                bank.all().size(),
                bank.topics().size(),
                (System.nanoTime() - start) / 1_000_000);
        return bank;
    }
}
