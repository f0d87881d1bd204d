package dev.mockinterview.api.session.socket.guard;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.WebsocketServerSpec;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SocketGuardConfiguration {

    @Bean
    SocketGuard socketGuard(SocketLimits limits, JsonMapper json, MeterRegistry registry, OversizedFrames oversized) {
        return new SocketGuard(new SocketPolicy(limits, json), new SocketMeters(registry), oversized);
    }

    @Bean
    OversizedFrames oversizedFrames() {
        return new OversizedFrames();
    }

    /** Puts the oversized-frame listener into every connection's pipeline, in front of Reactor Netty's bridge. */
    @Bean
    NettyServerCustomizer oversizedFramesInEveryPipeline(OversizedFrames oversized) {
        return server -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.ReactiveBridge) != null) {
                channel.pipeline().addBefore(NettyPipeline.ReactiveBridge, OversizedFrames.NAME, oversized);
            } else {
                channel.pipeline().addLast(OversizedFrames.NAME, oversized);
            }
        });
    }

    /**
     * The service every WebSocket handshake goes through: Reactor Netty refuses a frame over the limit with 1009, and
     * Spring joins continuation frames up to the same limit. The security feature wraps it to carry the caller into
     * the session's attributes (Spring's own session-attribute predicate copies only {@code WebSession} attributes, so
     * it is not set: it would create a web session for every handshake and still miss the caller).
     */
    @Bean
    WebSocketService webSocketService(SocketLimits limits) {
        return new HandshakeWebSocketService(new ReactorNettyRequestUpgradeStrategy(
                () -> WebsocketServerSpec.builder().maxFramePayloadLength(limits.maxFrameBytes())));
    }

    /** Hands the service to WebFlux's WebSocketHandlerAdapter, which otherwise builds a default one. */
    @Bean
    WebFluxConfigurer webSocketServiceConfigurer(WebSocketService webSocketService) {
        return new WebFluxConfigurer() {
            @Override
            public WebSocketService getWebSocketService() {
                return webSocketService;
            }
        };
    }
}
