package dev.notedeck.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.notedeck.model.Block;
import dev.notedeck.model.Speaker;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks whose heading names only a slot of the programme, with the real title as a quote line
 * under it and the speakers as a quote nested in that one:
 * <pre>
 * # Session 3
 * &gt;Android 앱 개발 기술로 IoT 만들기
 * &gt;&gt;김하늘(Software Engineer, 노트덱), Jane Doe
 * </pre>
 */
final class QuotedTalk {

  /** A heading that names a slot, not a talk: "Session 3", "Keynote 1", "세션 2", "발표 #4". */
  private static final Pattern SLOT = Pattern.compile(
      "(?i)^(?:keynote|session|talk|lightning\\s+talk|세션|발표|키노트|기조\\s*연설|특별\\s*세션)\\s*#?\\s*\\d{0,3}$");

  /** "Jane Doe VP of Product", "김하늘 노트덱 개발자": a name, then the role and company. */
  private static final Pattern NAME_THEN_ROLE = Pattern.compile("^(\\S+(?: \\S+)?(?: \\S+)?)\\s+(\\S.*)$");

  /** "라이브 선물 스쿼드/박정운님", "플랫폼팀/김하늘님 발표": a team, a slash, a name with 님. */
  private static final Pattern TEAM_SLASH_NAME = Pattern.compile(
      "(?:^|\\s)([^\\s/][^/\\n]{0,30}?)\\s*/\\s*([가-힣]{2,4})님(?=[\\s,.]|$)");

  /** The title line and the speakers of the quote under a heading. */
  record Read(String title, List<Speaker> speakers) {}

  private QuotedTalk() {}

  static boolean isSlot(String heading) {
    return SLOT.matcher(heading.strip()).matches();
  }

  /** The quote's title line and nested speakers; null when it is not in that shape. */
  static Read of(Block.Quote quote) {
    List<Block> inner = quote.blocks();
    if (inner.isEmpty() || !(inner.get(0) instanceof Block.Paragraph title)
        || title.text().plainText().strip().contains("\n") || inner.size() > 2) {
      return null;
    }
    List<Speaker> speakers = List.of();
    if (inner.size() == 2) {
      if (!(inner.get(1) instanceof Block.Quote nested) || nested.blocks().size() != 1
          || !(nested.blocks().get(0) instanceof Block.Paragraph line)
          || (speakers = speakers(line.text().plainText())) == null) {
        return null;
      }
    }
    return new Read(title.text().plainText().strip(), speakers);
  }

  /**
   * The speaker a quote under a talk heading names as team/name ({@code > 플랫폼팀/김하늘님}),
   * also on a line of a list in it ({@code > - 플랫폼팀/김하늘님 밋업 발표}); null when none.
   */
  static Speaker teamSpeaker(Block.Quote quote) {
    Speaker[] found = new Speaker[1];
    dev.notedeck.model.BlockTree.forEach(quote.blocks(), b -> dev.notedeck.model.BlockTree.texts(b, text -> {
      String first = text.plainText().strip().lines().findFirst().orElse("");
      Matcher m = TEAM_SLASH_NAME.matcher(first);
      if (found[0] == null && m.find() && PersonNames.isHangulName(m.group(2))) {
        found[0] = new Speaker(m.group(2), m.group(1).strip());
      }
    }));
    return found[0];
  }

  /** Whether the quote holds nothing but its speaker line (it can go once read). */
  static boolean onlySpeaker(Block.Quote quote) {
    return quote.blocks().size() == 1 && quote.blocks().get(0) instanceof Block.Paragraph p
        && TEAM_SLASH_NAME.matcher(p.text().plainText().strip()).matches();
  }

  /** Whether the quote after a heading names speakers in a nested quote ({@code >>김하늘}). */
  static boolean namesSpeaker(Node afterHeading, Function<Node, String> text) {
    return afterHeading instanceof BlockQuote quote && quote.getFirstChild() instanceof Paragraph
        && quote.getFirstChild().getNext() instanceof BlockQuote nested
        && nested.getFirstChild() instanceof Paragraph line && line.getNext() == null
        && speakers(text.apply(line)) != null;
  }

  /**
   * Speakers as a heading writes them ("김하늘(노트덱), 박서준"), or one name followed by role and
   * company without brackets ("Jane Doe VP of Product for Example"); null when no person.
   */
  static List<Speaker> speakers(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.contains("\n")) {
      return null;
    }
    List<Speaker> speakers = TalkHeadingParser.speakers(s);
    if (speakers != null) {
      return speakers;
    }
    Matcher m = NAME_THEN_ROLE.matcher(s);
    if (m.matches()) {
      // the longest leading run of words that reads as a name
      String[] words = m.group(1).split(" ");
      for (int n = words.length; n >= 1; n--) {
        String name = String.join(" ", java.util.Arrays.copyOf(words, n));
        if (n >= 2 ? PersonNames.isLatinName(name, 2) : PersonNames.isHangulName(name)) {
          return List.of(new Speaker(name, s.substring(name.length()).strip()));
        }
      }
    }
    return null;
  }
}
