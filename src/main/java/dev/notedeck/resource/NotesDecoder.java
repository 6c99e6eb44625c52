package dev.notedeck.resource;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Decodes a notes file into clean text whatever its encoding, or refuses it with one clear line.
 *
 * <ul>
 *   <li>Larger than {@link #MAX_BYTES}: refused (notes of one event are kilobytes; tens of
 *       megabytes means the wrong file, and would take minutes to lay out).
 *   <li>Byte order marks (UTF-8, UTF-16 LE/BE) decide the encoding; UTF-16 without a mark is
 *       recognised by its zero bytes.
 *   <li>Zero bytes, or invalid UTF-8 with many control bytes: a binary file, refused.
 *   <li>Not UTF-8 but valid CP949 / EUC-KR with Hangul (older Korean files): decoded, with a
 *       warning to save it as UTF-8. Otherwise invalid bytes become U+FFFD with a warning.
 *   <li>CRLF and CR become LF; control characters (other than tab and line ends) and
 *       non-characters are removed with a warning naming the first line.
 * </ul>
 */
public final class NotesDecoder {

  /** Largest notes file read: 10 MB. */
  public static final long MAX_BYTES = 10L << 20;

  private static final Charset CP949 = Charset.forName("x-windows-949");

  private NotesDecoder() {}

  /** The text of {@code file}, ready for the parser; warnings go to {@code diagnostics}. */
  public static String read(Path file, Diagnostics diagnostics) {
    String text = decode(file, readBytes(file), diagnostics);
    if (text.isBlank()) {
      // Two blank pages and two blank slides help nobody: say what the file needs.
      throw new NotedeckException(file + ": the notes file is empty; write an event title "
          + "('# Event') and a talk ('## Title - Speaker'), or run 'notedeck new'");
    }
    return text;
  }

  static byte[] readBytes(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new NotedeckException(file + ": is a folder, not a notes file");
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // a FIFO would hang the read and a device (/dev/zero) never ends: files only
        throw new NotedeckException(file + ": not a regular file; give a notes file (*.md)");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw tooLarge(file, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw tooLarge(file, bytes.length);
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new NotedeckException(file + ": no such file; give a notes file (*.md)");
    } catch (AccessDeniedException e) {
      throw new NotedeckException(file + ": permission denied; check that you may read it");
    } catch (IOException e) {
      throw new NotedeckException(file + ": cannot read it (" + e.getMessage() + ")", e);
    }
  }

  private static NotedeckException tooLarge(Path file, long size) {
    return new NotedeckException(file + ": " + Sizes.human(size) + " is too large for a notes file "
        + "(limit " + Sizes.human(MAX_BYTES) + "); split it into one file per event");
  }

  /** Decodes and cleans {@code bytes} of {@code file} (named in messages). */
  public static String decode(Path file, byte[] bytes, Diagnostics diagnostics) {
    String text;
    if (MagicBytes.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = lenient(file, bytes, 3, StandardCharsets.UTF_8, diagnostics);
    } else if (MagicBytes.startsWith(bytes, 0xFF, 0xFE)) {
      text = lenient(file, bytes, 2, StandardCharsets.UTF_16LE, diagnostics);
    } else if (MagicBytes.startsWith(bytes, 0xFE, 0xFF)) {
      text = lenient(file, bytes, 2, StandardCharsets.UTF_16BE, diagnostics);
    } else if (looksLikeUtf16(bytes) != null) {
      text = lenient(file, bytes, 0, looksLikeUtf16(bytes), diagnostics);
    } else {
      if (hasZeroByte(bytes)) {
        // No editor writes NUL into text (git calls such files binary too): an image, an
        // archive, or a save cut short.
        throw new NotedeckException(file + ": looks like a binary file, not Markdown notes; "
            + "give a text file (*.md)");
      }
      text = utf8OrKorean(file, bytes, diagnostics);
    }
    return clean(file, text, diagnostics);
  }

  private static String utf8OrKorean(Path file, byte[] bytes, Diagnostics diagnostics) {
    try {
      return strict(StandardCharsets.UTF_8, bytes, 0);
    } catch (CharacterCodingException notUtf8) {
      // Valid UTF-8 with a stray control byte is text (cleaned below); invalid UTF-8 full of
      // control bytes is an image, an archive, a compiled file.
      if (looksBinary(bytes)) {
        throw new NotedeckException(file + ": looks like a binary file, not Markdown notes; "
            + "give a text file (*.md)");
      }
      try {
        String korean = strict(CP949, bytes, 0);
        if (korean.codePoints().anyMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3)) {
          diagnostics.warn(file, 0, "notes.encoding", "not UTF-8; read as Korean CP949 (EUC-KR). "
              + "Save it as UTF-8 to be sure it reads right");
          return korean;
        }
      } catch (CharacterCodingException notKorean) {
        // fall through to UTF-8 with replacement characters
      }
      return lenient(file, bytes, 0, StandardCharsets.UTF_8, diagnostics);
    }
  }

  private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
  }

  /** Decodes, replacing bad bytes with U+FFFD and warning once with the first bad line. */
  private static String lenient(Path file, byte[] bytes, int offset, Charset charset, Diagnostics diagnostics) {
    try {
      return strict(charset, bytes, offset);
    } catch (CharacterCodingException e) {
      CharsetDecoder decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      String text;
      try {
        text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
      } catch (CharacterCodingException impossible) {
        throw new IllegalStateException(impossible);
      }
      int bad = text.indexOf('\uFFFD');
      diagnostics.warn(file, lineOf(text, Math.max(bad, 0)), "notes.invalid-bytes", "invalid " + charset.name()
          + " bytes replaced by \uFFFD; save the file as UTF-8");
      return text;
    }
  }

  /** UTF-16 without a byte order mark: every other byte zero in mostly-ASCII text. */
  private static Charset looksLikeUtf16(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZero++;
      }
      if (b[i + 1] == 0) {
        oddZero++;
      }
    }
    int pairs = n / 2;
    if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean hasZeroByte(byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        return true;
      }
    }
    return false;
  }

  /** Zero bytes, or more than 1 in 20 of the first 8 KB being control bytes. */
  private static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  /**
   * LF line ends only; no control characters, lone surrogates or non-characters, which XML
   * (the handout) and OOXML (the deck) cannot hold. Public for notes parsed from memory.
   */
  public static String clean(Path file, String text, Diagnostics diagnostics) {
    StringBuilder out = new StringBuilder(text.length());
    int firstBad = -1;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        line++;
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        continue;
      }
      if (c == '\n') {
        out.append(c);
        line++;
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      boolean bad = (c < 0x20 && c != '\t') || c == 0x7F || (c >= 0x80 && c <= 0x9F)
          || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
      if (c == '\uFEFF' && i == 0) {
        continue; // a byte order mark that survived decoding
      }
      if (bad) {
        if (firstBad < 0) {
          firstBad = line;
        }
        if (Character.isSurrogate(c)) {
          out.append('\uFFFD');
        }
        continue;
      }
      out.append(c);
    }
    if (firstBad > 0) {
      diagnostics.warn(file, firstBad, "notes.control-characters",
          "control characters or broken Unicode removed");
    }
    return out.toString();
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
