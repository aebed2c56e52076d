package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;

/**
 * Graceful shutdown: while the server stops, requests already being answered finish (and their turns are stored);
 * new ones get 503 with the contract's error instead of a dropped connection. A request counts until Jetty has
 * completed it, response sent, not merely until its handler returned: Javalin writes the body after the handlers,
 * and stopping in between closed the connection under a finished answer.
 */
final class InFlight {

    private int running;
    private volatile boolean closing;

    void before(Context ctx) {
        if (closing) {
            throw new ApiException(503, "unavailable", "서비스를 잠시 멈추는 중입니다. 잠시 후 다시 시도해 주세요.");
        }
        synchronized (this) {
            running++;
        }
        Request.addCompletionListener(ServletContextRequest.getServletContextRequest(ctx.req()), failure -> done());
    }

    private synchronized void done() {
        running--;
        notifyAll();
    }

    /** Stops taking requests and waits, up to {@code limit}, for those in flight to be completed. */
    synchronized void drain(Duration limit) {
        closing = true;
        long deadline = System.nanoTime() + limit.toNanos();
        long left;
        while (running > 0 && (left = deadline - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
