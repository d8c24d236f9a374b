package org.rapaio.jupyter.kernel.channels;

/**
 * Replaces the kernel's own LoopThread (rapaio-jupyter-kernel 3.0.1): environment/setup.sh compiles
 * this file and puts it in front of the kernel jar on the kernel's class path.
 *
 * <p>Why: the original thread sets its running flag only after {@code Thread.start()} returns, so a
 * thread that gets the CPU at once sees {@code false} and ends; and the shell channel's loop starts
 * before the kernel has registered its message handlers, so a request that arrives early throws and
 * ends the loop too. Either way the kernel never answers and Jupyter gives up after a minute ("Kernel
 * didn't respond"): seen here about one start in ten on a busy two-core machine. This version sets
 * the flag before starting, and survives a failed turn of the loop (the client asks again).
 */
public final class LoopThread extends Thread {

    private volatile boolean running;
    private final long sleepMillis;
    private final Runnable body;

    public LoopThread(String name, long sleepMillis, Runnable body) {
        super(name);
        this.sleepMillis = sleepMillis;
        this.body = body;
    }

    @Override
    public void run() {
        while (running) {
            try {
                body.run();
            } catch (RuntimeException e) {
                System.err.println(getName() + ": dropped one message (" + e + ")");
            }
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
