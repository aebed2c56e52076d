package kr.donggu.chatbot.knowledge;

import java.util.Objects;
import java.util.function.Function;

/**
 * The last few results of a function without side effects, kept per thread. Answering one message asks the same of
 * its question several times from different places (the names it contains, its words, its kind); keeping the last
 * few results spares that work without holding on to what earlier conversations asked. Results must be immutable.
 */
public final class RecentResults<K, V> implements Function<K, V> {

    private static final int SIZE = 8;

    private final Function<K, V> compute;
    /** Keys and values alternating, the most recent first. */
    private final ThreadLocal<Object[]> recent = ThreadLocal.withInitial(() -> new Object[2 * SIZE]);

    public RecentResults(Function<K, V> compute) {
        this.compute = Objects.requireNonNull(compute);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V apply(K key) {
        Object[] r = recent.get();
        for (int i = 0; i < r.length; i += 2) {
            if (key.equals(r[i])) {
                return (V) r[i + 1];
            }
        }
        V value = compute.apply(key);
        System.arraycopy(r, 0, r, 2, r.length - 2);
        r[0] = key;
        r[1] = value;
        return value;
    }
}
