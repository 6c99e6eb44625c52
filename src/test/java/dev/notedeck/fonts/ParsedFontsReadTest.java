package dev.notedeck.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.Test;

/** Font files are read into an array sized by available(), which is only a hint. */
class ParsedFontsReadTest {

  @Test
  void aStreamReportingItsSizeIsReadWhole() throws IOException {
    byte[] data = bytes(5000);
    assertThat(ParsedFonts.readAll(new ByteArrayInputStream(data))).isEqualTo(data);
  }

  @Test
  void moreThanAvailableIsStillRead() throws IOException {
    byte[] data = bytes(5000);
    // available() reports only the first part
    InputStream in = new SequenceInputStream(new ByteArrayInputStream(data, 0, 1000),
        new ByteArrayInputStream(data, 1000, 4000));
    assertThat(ParsedFonts.readAll(in)).isEqualTo(data);
  }

  @Test
  void lessThanAvailableGivesWhatWasThere() throws IOException {
    byte[] data = bytes(10);
    InputStream in = new ByteArrayInputStream(data) {
      @Override
      public synchronized int available() {
        return 100;
      }
    };
    assertThat(ParsedFonts.readAll(in)).isEqualTo(data);
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 31 + 7);
    }
    return b;
  }
}
