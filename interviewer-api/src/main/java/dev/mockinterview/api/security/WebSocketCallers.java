package dev.mockinterview.api.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.reactive.socket.server.support.WebSocketHandlerAdapter;

/**
 * Puts {@link CallerCarryingWebSocketService} in front of the WebSocket service of every
 * {@link WebSocketHandlerAdapter}, Spring's default one or one a feature configures (frame limits, upgrade
 * strategy), so the WebSocket handlers need no security code of their own.
 */
final class WebSocketCallers implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof WebSocketHandlerAdapter adapter
                && !(adapter.getWebSocketService() instanceof CallerCarryingWebSocketService)) {
            WebSocketHandlerAdapter carrying =
                    new WebSocketHandlerAdapter(new CallerCarryingWebSocketService(adapter.getWebSocketService()));
            carrying.setOrder(adapter.getOrder());
            return carrying;
        }
        return bean;
    }
}
