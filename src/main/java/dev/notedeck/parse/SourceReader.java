package dev.notedeck.parse;

import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Bytes of a notes file -> text with {@code \n} line endings.
 *
 * <p>UTF-8 (with or without BOM) is the expected encoding. UTF-16 is recognised by its BOM,
 * and older Korean files in EUC-KR/CP949 are decoded with a warning because that is a guess.
 * Anything else (binary data, other encodings) is refused with one clear line.
 */
final class SourceReader {

  /** Decoded text plus what the reader had to guess or repair. */
  record Decoded(String text, List<String> warnings) {}

  private static final Charset CP949 = cp949();

  private SourceReader() {}

  static Decoded read(Path file) {
    if (Files.isDirectory(file)) {
      throw new NotedeckException(file, 0, "is a folder, not a notes file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new NotedeckException(file, 0, "no such file; check the path");
    } catch (AccessDeniedException e) {
      throw new NotedeckException(file, 0, "cannot be read (permission denied)");
    } catch (IOException | OutOfMemoryError e) {
      throw new NotedeckException(file, 0, "cannot be read: " + e.getMessage(), e);
    }
    return decode(bytes, file);
  }

  static Decoded decode(byte[] bytes, Path file) {
    List<String> warnings = new java.util.ArrayList<>();
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strict(StandardCharsets.UTF_8, bytes, 3, file, "UTF-8");
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(StandardCharsets.UTF_16BE, bytes, 2, file, "UTF-16");
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(StandardCharsets.UTF_16LE, bytes, 2, file, "UTF-16");
    } else {
      Charset utf16 = utf16WithoutBom(bytes);
      if (utf16 != null) {
        text = strict(utf16, bytes, 0, file, "UTF-16");
        warnings.add("no byte order mark; read as " + utf16.name());
      } else {
        text = utf8OrKorean(bytes, file, warnings);
      }
    }
    return new Decoded(clean(text, warnings), List.copyOf(warnings));
  }

  private static String utf8OrKorean(byte[] bytes, Path file, List<String> warnings) {
    try {
      String text = newDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\0') >= 0) {
        throw new NotedeckException(file, 0,
            "is not UTF-8 text (it contains NUL bytes: it looks like a binary file)");
      }
      return text;
    } catch (CharacterCodingException utf8Failure) {
      String korean = tryKorean(bytes);
      if (korean != null) {
        warnings.add("is not UTF-8; read it as EUC-KR/CP949 (Korean). Save it as UTF-8 to be sure");
        return korean;
      }
      if (looksBinary(bytes)) {
        throw new NotedeckException(file, 0, "is not UTF-8 text (it looks like a binary file)");
      }
      throw new NotedeckException(file, lineOfBadByte(bytes, utf8Failure),
          "is not UTF-8 text (unknown encoding); save it as UTF-8 and try again");
    }
  }

  /** CP949 is a superset of EUC-KR; accept the result only if it really reads as Korean text. */
  private static String tryKorean(byte[] bytes) {
    if (CP949 == null || looksBinary(bytes)) {
      return null;
    }
    String text;
    try {
      text = newDecoder(CP949).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    long hangul = text.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
    long nonAscii = text.chars().filter(c -> c > 0x7F).count();
    // Random high bytes decode to a scatter of Hanja and symbols; real Korean text is mostly Hangul.
    return hangul > 0 && hangul * 10 >= nonAscii * 7 ? text : null;
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  /** UTF-16 without a BOM shows up as NUL bytes at every other position for ASCII text. */
  private static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 8192) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZero++;
      }
      if (bytes[i + 1] == 0) {
        oddZero++;
      }
    }
    int pairs = n / 2;
    if (evenZero * 10 >= pairs * 4 && oddZero * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddZero * 10 >= pairs * 4 && evenZero * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String strict(Charset cs, byte[] bytes, int offset, Path file, String name) {
    try {
      return newDecoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      throw new NotedeckException(file, 0,
          "is not valid " + name + " text (it starts with a " + name
              + " byte order mark but has broken bytes); save it as UTF-8 and try again");
    }
  }

  private static CharsetDecoder newDecoder(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** 1-based line of the first undecodable byte, for the error message. */
  private static int lineOfBadByte(byte[] bytes, CharacterCodingException e) {
    CharsetDecoder decoder = newDecoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    int bad = in.position();
    int line = 1;
    for (int i = 0; i < bad && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return e instanceof MalformedInputException || bad < bytes.length ? line : 0;
  }

  /**
   * Line endings -> {@code \n} (CR alone too; the line count stays the same, so line numbers
   * still match the file), and control characters no renderer can show are dropped.
   */
  static String clean(String text, List<String> warnings) {
    if (!needsCleaning(text)) {
      return text;
    }
    int n = text.length();
    StringBuilder sb = new StringBuilder(n);
    int dropped = 0;
    int replaced = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\uFEFF' && i == 0) {
        continue; // a BOM decoded as text (e.g. one UTF-8 BOM after another)
      } else if (isUnwantedControl(c)) {
        dropped++;
      } else if (isLoneSurrogate(text, i)) {
        sb.append('\uFFFD'); // half of an emoji cut in two: no font or XML writer takes it
        replaced++;
      } else {
        sb.append(c);
        if (Character.isHighSurrogate(c)) {
          sb.append(text.charAt(++i));
        }
      }
    }
    if (dropped > 0) {
      warnings.add("removed " + dropped + " control character" + (dropped == 1 ? "" : "s"));
    }
    if (replaced > 0) {
      warnings.add("replaced " + replaced + " broken character" + (replaced == 1 ? "" : "s")
          + " (lone UTF-16 surrogates) with \uFFFD");
    }
    return sb.toString();
  }

  private static boolean needsCleaning(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r' || (c == '\uFEFF' && i == 0) || isUnwantedControl(c) || isLoneSurrogate(text, i)) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        i++; // a valid pair: skip its low half
      }
    }
    return false;
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c); // a low half not consumed with its high half
  }

  private static boolean isUnwantedControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
        || c == 0x7F || c == '\uFFFE' || c == '\uFFFF';
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Charset cp949() {
    try {
      return Charset.forName("x-windows-949");
    } catch (RuntimeException e) {
      try {
        return Charset.forName("EUC-KR");
      } catch (RuntimeException e2) {
        return null;
      }
    }
  }
}
