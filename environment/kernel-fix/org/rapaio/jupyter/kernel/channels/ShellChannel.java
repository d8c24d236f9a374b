package org.rapaio.jupyter.kernel.channels;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.message.HMACDigest;
import org.rapaio.jupyter.kernel.message.Message;
import org.rapaio.jupyter.kernel.message.MessageType;
import org.rapaio.org.zeromq.SocketType;
import org.rapaio.org.zeromq.ZMQ;

/**
 * Replaces the kernel's own ShellChannel (rapaio-jupyter-kernel 3.0.1), like LoopThread beside it.
 *
 * <p>Why: the shell socket is bound, and starts reading, before the kernel has registered its message
 * handlers. The original drops a request that arrives in that gap ("Unhandled message"). Jupyter
 * Notebook 6 sends its first kernel_info_request exactly then and does not repeat it, so the page
 * waits a minute before it gives up on the kernel. This version waits for the handler instead (they
 * appear within moments) and answers the request late rather than never.
 */
public final class ShellChannel extends AbstractChannel {

    private static final Logger LOGGER = Logger.getLogger(ShellChannel.class.getSimpleName());
    private static final long LOOP_SLEEP = 50;
    private static final long HANDLER_WAIT_MILLIS = 30_000;
    private static final long HANDLER_POLL_MILLIS = 10;
    private static final AtomicInteger ID = new AtomicInteger();

    private final Channels connection;
    private volatile LoopThread loopThread;

    public ShellChannel(Channels channels, ZMQ.Context ctx, HMACDigest hmac, Channels connection) {
        super(channels, "ShellChannel", ctx, SocketType.ROUTER, hmac);
        this.connection = connection;
    }

    @Override
    public void bind(ConnectionProperties connProps) {
        if (loopThread != null) {
            throw new IllegalStateException("Channel already bound.");
        }
        String address = connProps.formatAddress(connProps.shellPort());
        LOGGER.info(logPrefix + "Binding to " + address);
        socket.bind(address);
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(socket, ZMQ.Poller.POLLIN);
        loopThread = new LoopThread("Shell-" + ID.getAndIncrement(), LOOP_SLEEP, () -> serveOne(poller));
        loopThread.start();
    }

    private void serveOne(ZMQ.Poller poller) {
        if (poller.poll(0) <= 0) {
            return;
        }
        Message<?> message = readMessage();
        MessageType<?> type = message.header().type();
        awaitHandlers();
        @SuppressWarnings("unchecked")
        MessageHandler<Object> handler = (MessageHandler<Object>) lookUp(type);
        if (handler == null) {
            LOGGER.severe(logPrefix + "Unhandled message: " + type.name());
            return;
        }
        LOGGER.info(logPrefix + "Handling message: " + type.name());
        connection.setMsgId(message.getId());
        try {
            handler.handle((Message<Object>) message);
        } catch (Exception e) {
            LOGGER.severe(logPrefix + "Exception handling " + type.name() + ". " + e.getClass().getSimpleName() + ": "
                    + e.getLocalizedMessage());
        } finally {
            channels.runAfterActions();
        }
        if (channels.isMarkedForShutdown()) {
            LOGGER.info(logPrefix + "Shutting down connection marked for shutdown.");
            connection.close();
        }
    }

    /**
     * Waits until the kernel has registered its handlers, taking the kernel_info handler (registered
     * with all the others) as the sign; a type that has no handler at all is then reported at once.
     */
    private void awaitHandlers() {
        long deadline = System.currentTimeMillis() + HANDLER_WAIT_MILLIS;
        while (lookUp(MessageType.SHELL_KERNEL_INFO_REQUEST) == null && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(HANDLER_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The handler map is filled from another thread without locking: a look-up may fail while it grows. */
    private MessageHandler<?> lookUp(MessageType<?> type) {
        try {
            return connection.getHandler(type);
        } catch (RuntimeException stillRegistering) {
            return null;
        }
    }

    @Override
    public void close() {
        if (loopThread != null) {
            loopThread.shutdown();
        }
        super.close();
    }

    @Override
    public void joinUntilClose() {
        if (loopThread != null) {
            try {
                loopThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
