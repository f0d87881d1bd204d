package dev.mockinterview.api.session.socket.guard;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelId;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Tells a guarded connection that Netty refused one of its frames as too big. Netty's WebSocket decoder sends 1009
 * and closes the channel by itself, and the channel's close ends the guarded handler before the decoder's exception
 * travels down the pipeline; so this handler, in every channel's pipeline in front of Reactor Netty's bridge, hears
 * the exception, and a guarded connection settles its close reason only after the event-loop task that closed it.
 */
@ChannelHandler.Sharable
final class OversizedFrames extends ChannelInboundHandlerAdapter {

    static final String NAME = "interview.socket.oversizedFrames";

    private final Map<ChannelId, Channel> channels = new ConcurrentHashMap<>();
    private final Map<ChannelId, Runnable> listeners = new ConcurrentHashMap<>();

    /** Runs {@code onTooBig} when a frame or message of this channel is refused as too big. */
    void listen(ChannelId channel, Runnable onTooBig) {
        listeners.put(channel, onTooBig);
    }

    /**
     * Stops listening and then runs {@code afterwards}, once the channel's event loop has finished what it is doing:
     * the task that closed the channel may still be about to report an oversized frame.
     */
    void settle(ChannelId id, Runnable afterwards) {
        Runnable settle = () -> {
            listeners.remove(id);
            afterwards.run();
        };
        @Nullable Channel channel = channels.get(id);
        if (channel == null) {
            settle.run();
            return;
        }
        try {
            channel.eventLoop().execute(settle);
        } catch (RejectedExecutionException shuttingDown) {
            settle.run();
        }
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        channels.put(context.channel().id(), context.channel());
    }

    @Override
    public void channelUnregistered(ChannelHandlerContext context) {
        channels.remove(context.channel().id());
        context.fireChannelUnregistered();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        if (isTooBig(cause)) {
            @Nullable Runnable listener = listeners.get(context.channel().id());
            if (listener != null) {
                listener.run();
            }
        }
        context.fireExceptionCaught(cause);
    }

    /**
     * A single frame over the limit fails in Netty's decoder; a message joined from continuation frames over the
     * limit fails in the frame aggregator Spring puts in front of {@code receive()}.
     */
    static boolean isTooBig(Throwable error) {
        return error instanceof TooLongFrameException
                || (error instanceof CorruptedWebSocketFrameException corrupted
                        && corrupted.closeStatus().equals(WebSocketCloseStatus.MESSAGE_TOO_BIG));
    }
}
