package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short point that leads with a striking number ({@code 12,000건 처리}, {@code 38% → 61%},
 * {@code 3배 빨라짐}) reads best as a big-number slide: the number large, the rest of the line
 * below it. Only where it reads naturally: the point stands alone under its heading (one
 * paragraph or a list of one item), is short, and its number is striking (a percentage, a
 * change, a multiple, or four digits and more), not a year or a list number.
 */
final class BigNumbers {

  private static final String NUMBER = "[0-9][0-9,]*(?:\\.[0-9]+)?";
  private static final String UNIT = "(?:\\s?(?:%|배|x|×|건|명|개|회|원|달러|ms|초|분|시간|[KMGT]B|[kKMB]\\b|만|억|천))?";
  private static final Pattern LEAD = Pattern.compile("^\\s*(" + NUMBER + UNIT + "(?:\\s*(?:→|->|⇒|~)\\s*"
      + NUMBER + UNIT + ")?)(?:\\s+|$)(.*)$", Pattern.DOTALL);
  static final int MAX_WORDS = 12;

  /** The number and the rest of the line, when the blocks are one such point. */
  record Lead(String number, String rest) {}

  private BigNumbers() {}

  static Optional<Lead> of(List<Block> blocks) {
    if (blocks.size() != 1) {
      return Optional.empty();
    }
    String text;
    if (blocks.get(0) instanceof Block.Paragraph p) {
      text = p.text().plainText();
    } else if (blocks.get(0) instanceof Block.ListBlock l && l.items().size() == 1
        && l.items().get(0).children().isEmpty() && l.items().get(0).task() == null) {
      text = l.items().get(0).text().plainText();
    } else {
      return Optional.empty();
    }
    return of(text);
  }

  static Optional<Lead> of(String text) {
    if (text.contains("\n") || Words.count(text) > MAX_WORDS) {
      return Optional.empty();
    }
    Matcher m = LEAD.matcher(text.strip());
    if (!m.matches() || !striking(m.group(1))) {
      return Optional.empty();
    }
    return Optional.of(new Lead(m.group(1).strip(), m.group(2).strip()));
  }

  private static boolean striking(String number) {
    if (number.matches(".*(%|→|->|⇒|배|x|×|만|억).*")) {
      return true;
    }
    String digits = number.replaceAll("[^0-9.]", "");
    int whole = digits.contains(".") ? digits.indexOf('.') : digits.length();
    // four digits and more, but not a bare year (2019) with nothing after it that counts
    return whole >= 4 && !(whole == 4 && number.matches("(19|20)[0-9]{2}"));
  }

  /** The slide's paragraphs: the number as large as fits (up to three times the body size), the rest below. */
  static TextFrame frame(Lead lead, Box area, FrameFitter fit) {
    double body = fit.setup().bodySize();
    Para rest = Para.plain(lead.rest(), Para.Role.BODY, body).withSize(body, body * 0.45);
    for (double s : FrameFitter.sizes(body * 3, body)) {
      Para number = new Para(List.of(Span.plain(lead.number())), 0, null, 0, Para.Role.NUMBER, s, 0);
      TextFrame f = new TextFrame(area, lead.rest().isEmpty() ? List.of(number) : List.of(number, rest),
          TextFrame.Anchor.MIDDLE);
      if (fit.measurer().fits(f)) {
        return f;
      }
    }
    return fit.fitFrame(List.of(FrameFitter.para(lead.number(), Para.Role.NUMBER),
        FrameFitter.para(lead.rest(), Para.Role.BODY)), area, body, TextFrame.Anchor.MIDDLE);
  }
}
