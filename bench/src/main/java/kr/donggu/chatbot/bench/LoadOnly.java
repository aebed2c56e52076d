package kr.donggu.chatbot.bench;

import java.time.Duration;

/** Load against an already running server, for profiling: LoadOnly PORT CLIENTS SECONDS. */
public final class LoadOnly {
    public static void main(String[] args) throws Exception {
        LoadTest.Result r = new LoadTest(Integer.parseInt(args[0]), Questions.all())
                .run(Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])));
        System.out.println(r);
    }
}
