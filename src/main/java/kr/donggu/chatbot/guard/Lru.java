package kr.donggu.chatbot.guard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small synchronized least-recently-used cache: per guard instance, never JVM-wide. */
final class Lru<K, V> {

    private final Map<K, V> map;

    Lru(int capacity) {
        this.map = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached value, or a new one computed outside the lock (two threads may both compute it; both are equal). */
    V get(K key, Function<K, V> compute) {
        V value;
        synchronized (map) {
            value = map.get(key);
        }
        if (value == null) {
            value = compute.apply(key);
            synchronized (map) {
                map.put(key, value);
            }
        }
        return value;
    }
}
