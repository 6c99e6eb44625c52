package dev.notedeck.resource;

/** Recognising a file by its first bytes (BOMs, image signatures). */
final class MagicBytes {

  private MagicBytes() {}

  /** Whether {@code bytes} begins with {@code magic} (each an unsigned byte value). */
  static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
