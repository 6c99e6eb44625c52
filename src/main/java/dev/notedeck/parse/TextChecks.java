package dev.notedeck.parse;

import dev.notedeck.diagnostics.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Things in the text that parse, but not as the author meant: {@code ####단점} (no space after
 * the marks: GitHub shows it as text, not a heading), and Liquid tags ({@code {{ site.baseurl }}},
 * {@code {% include %}}) that only Jekyll fills in. Both stay as text; each gets a finding.
 * Fenced code is skipped.
 */
final class TextChecks {

  private static final Pattern NO_SPACE_HEADING = Pattern.compile("^ {0,3}(#{2,6})([^#\\s].*)$");
  private static final Pattern LIQUID = Pattern.compile("\\{\\{[^{}\\n]{1,200}\\}\\}|\\{%[^%\\n]{1,200}%\\}");

  private TextChecks() {}

  static void check(String text, Path source, List<Finding> findings) {
    String fence = null;
    boolean liquidSeen = false;
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      String t = line.stripLeading();
      if (fence != null) {
        if (t.startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      if (t.startsWith("```") || t.startsWith("~~~")) {
        fence = t.substring(0, 3);
        continue;
      }
      Matcher heading = NO_SPACE_HEADING.matcher(line);
      if (heading.matches()) {
        findings.add(Finding.warning(source, lineNo, "heading.no-space", "'" + shorten(line.strip())
            + "' is shown as text, not a heading; put a space after the #s: '" + heading.group(1) + " "
            + shorten(heading.group(2).strip()) + "'"));
      }
      Matcher liquid = LIQUID.matcher(line);
      if (!liquidSeen && liquid.find()) {
        liquidSeen = true; // once per file: a Jekyll post has them everywhere
        findings.add(Finding.warning(source, lineNo, "notes.liquid", "Liquid tag '" + shorten(liquid.group())
            + "' is left as text (only Jekyll fills it in); write the value itself"));
      }
    }
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 39) + "…";
  }
}
