package org.newsgraph.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The threads of a Fuseki server running in the test's own JVM, as the JVM accounts their CPU. */
final class ServerThreads {

    private ServerThreads() {
    }

    /** The names of the server's (Jetty's) threads that used more than 0.2 s of CPU over the next half second. */
    static List<String> busy() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        long[] before = Arrays.stream(ids).map(threads::getThreadCpuTime).toArray();
        Thread.sleep(500);
        List<String> busy = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            ThreadInfo info = threads.getThreadInfo(ids[i]);
            long used = threads.getThreadCpuTime(ids[i]) - before[i];
            if (info != null && info.getThreadName().startsWith("qtp") && before[i] >= 0 && used > 200_000_000L) {
                busy.add(info.getThreadName());
            }
        }
        return busy;
    }
}
