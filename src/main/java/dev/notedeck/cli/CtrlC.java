package dev.notedeck.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs a loop that ends when its thread is interrupted, and makes Ctrl-C interrupt it. */
final class CtrlC {

  private CtrlC() {}

  static void runUntilStopped(Runnable loop) {
    Thread running = Thread.currentThread();
    CountDownLatch finished = new CountDownLatch(1);
    // Ctrl-C: stop the loop between builds (outputs are written atomically anyway) and let it
    // say goodbye before the JVM goes.
    Thread onCtrlC = new Thread(() -> {
      running.interrupt();
      try {
        finished.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
    }, "notedeck-stop");
    Runtime.getRuntime().addShutdownHook(onCtrlC);
    try {
      loop.run();
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onCtrlC);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C is what ended us: the hook is running
      }
    }
  }
}
