package dev.notedeck.parse;

import dev.notedeck.model.RichText;
import dev.notedeck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Embedded players ({@code <iframe>}, {@code <video>}, {@code <embed>}) that neither a PDF nor a
 * slide can play: each becomes a link, titled by its {@code title} attribute or by what it is.
 */
final class Embeds {

  private static final Pattern EMBED = Pattern.compile(
      "<(iframe|video|embed|audio)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE = Pattern.compile("<source\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

  private Embeds() {}

  /** One link per embedded player in {@code html}, in order; empty when it holds none. */
  static List<RichText> links(String html) {
    List<RichText> out = new ArrayList<>();
    Matcher m = EMBED.matcher(html);
    while (m.find()) {
      String tag = m.group(1).toLowerCase(Locale.ROOT);
      String src = attribute(m.group(2), "src");
      if (src == null) {
        Matcher source = SOURCE.matcher(html.substring(m.end()));
        src = source.find() ? attribute(source.group(1), "src") : null;
      }
      if (src == null || src.isBlank()) {
        continue;
      }
      String href = src.startsWith("//") ? "https:" + src : src;
      String title = attribute(m.group(2), "title");
      String label = title != null && !title.isBlank() ? title
          : tag.equals("audio") ? "Audio" : href.contains("youtube") || href.contains("youtu.be")
              || tag.equals("video") ? "Video" : "Embedded page";
      out.add(new RichText(List.of(new Span(HtmlText.decodeEntities(label), java.util.Set.of(), href))));
    }
    return out;
  }

  private static String attribute(String attributes, String name) {
    Matcher m = Pattern.compile("(?i)\\b" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").matcher(attributes);
    if (!m.find()) {
      return null;
    }
    return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
  }
}
