package dev.notedeck.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Korean file names under {@code LANG=C} or no locale at all (Docker, cron, CI). Java 17 decodes
 * the command line and encodes every file name with {@code sun.jnu.encoding}, which it takes from
 * the locale when it starts and which {@code -D} cannot change: under an ASCII locale
 * {@code 발표.md} arrives as {@code ??????.md} and {@code Path.of("발표.md")} throws. So when file
 * names are not UTF-8, {@code notedeck} starts itself once more under {@code LC_ALL=C.UTF-8}
 * (glibc's built-in UTF-8 locale). The arguments' original bytes come from
 * {@code /proc/self/cmdline} and travel hex-encoded in an environment variable, as the child's
 * command line would be encoded with the same ASCII charset.
 */
final class Utf8Relaunch {

  /** Set in the child: its arguments, each as hex of its UTF-8 bytes, comma-separated. */
  static final String ARGS_VARIABLE = "NOTEDECK_UTF8_ARGS";
  static final String UTF8_LOCALE = "C.UTF-8";
  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private Utf8Relaunch() {}

  /** Whether this JVM reads and writes file names as UTF-8 (macOS always; Linux per locale). */
  static boolean fileNamesAreUtf8() {
    return isUtf8(System.getProperty("sun.jnu.encoding"));
  }

  private static boolean isUtf8(String charset) {
    try {
      return charset != null && Charset.forName(charset).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }

  /** The arguments: those the parent passed on when this is the relaunched child, else {@code args}. */
  static String[] arguments(String[] args) {
    String passed = System.getenv(ARGS_VARIABLE);
    if (passed == null) {
      return args;
    }
    if (passed.isEmpty()) {
      return new String[0];
    }
    String[] hex = passed.split(",", -1);
    String[] decoded = new String[hex.length];
    for (int i = 0; i < hex.length; i++) {
      decoded[i] = new String(HexFormat.of().parseHex(hex[i]), StandardCharsets.UTF_8);
    }
    return decoded;
  }

  /**
   * Runs notedeck again under a UTF-8 locale and returns its exit code, when file names here are
   * not UTF-8 and that can be done; empty when this JVM should go on by itself.
   */
  static OptionalInt relaunchIfNeeded(String[] args) {
    if (fileNamesAreUtf8() || System.getenv(ARGS_VARIABLE) != null || !Files.isReadable(CMDLINE)) {
      return OptionalInt.empty();
    }
    List<byte[]> raw;
    try {
      raw = split(Files.readAllBytes(CMDLINE));
    } catch (IOException e) {
      return OptionalInt.empty();
    }
    List<String> command = jvmCommand(raw, args);
    if (command == null) {
      return OptionalInt.empty();
    }
    List<String> hex = new ArrayList<>();
    for (byte[] arg : raw.subList(raw.size() - args.length, raw.size())) {
      hex.add(HexFormat.of().formatHex(arg));
    }
    ProcessBuilder child = new ProcessBuilder(command).inheritIO();
    Map<String, String> env = child.environment();
    env.put("LC_ALL", UTF8_LOCALE);
    env.put(ARGS_VARIABLE, String.join(",", hex));
    try {
      Process process = child.start();
      // Ctrl-C reaches the child too (same process group); wait for its goodbye.
      return OptionalInt.of(waitFor(process));
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  private static int waitFor(Process process) {
    while (true) {
      try {
        return process.waitFor();
      } catch (InterruptedException e) {
        process.destroy();
      }
    }
  }

  /**
   * The JVM's own part of the command line ({@code java [options] -jar x.jar}), when the last
   * entries are exactly {@code args} and the rest is ASCII (so it survives an ASCII encoding);
   * null when the command line is not understood (e.g. an {@code @argfile}).
   */
  static List<String> jvmCommand(List<byte[]> raw, String[] args) {
    int own = raw.size() - args.length;
    if (own < 1) {
      return null;
    }
    Charset jnu;
    try {
      jnu = Charset.forName(System.getProperty("sun.jnu.encoding", "US-ASCII"));
    } catch (IllegalArgumentException e) {
      return null;
    }
    for (int i = 0; i < args.length; i++) {
      if (!new String(raw.get(own + i), jnu).equals(args[i])) {
        return null;
      }
    }
    List<String> command = new ArrayList<>();
    for (byte[] part : raw.subList(0, own)) {
      for (byte b : part) {
        if (b < 0) {
          return null;
        }
      }
      command.add(new String(part, StandardCharsets.US_ASCII));
    }
    return command;
  }

  /** The NUL-terminated entries of {@code /proc/self/cmdline}. */
  static List<byte[]> split(byte[] cmdline) {
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        parts.add(java.util.Arrays.copyOfRange(cmdline, start, i));
        start = i + 1;
      }
    }
    if (start < cmdline.length) {
      parts.add(java.util.Arrays.copyOfRange(cmdline, start, cmdline.length));
    }
    return parts;
  }
}
