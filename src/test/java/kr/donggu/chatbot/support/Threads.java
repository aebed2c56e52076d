package kr.donggu.chatbot.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Faults from outside a component: its thread killed as an out-of-memory error or a stray interrupt would. */
public final class Threads {

    private Threads() {
    }

    /** Interrupts the one live thread of that name and waits until it has died (a replacement may be running). */
    public static void kill(String threadName) throws InterruptedException {
        List<Thread> live = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(threadName) && t.isAlive()).toList();
        assertThat(live).as("live threads named " + threadName).hasSize(1);
        live.get(0).interrupt();
        live.get(0).join();
    }
}
