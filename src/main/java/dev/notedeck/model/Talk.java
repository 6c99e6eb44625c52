package dev.notedeck.model;

import java.util.List;

/**
 * One talk: a {@code ##} heading such as
 * {@code 1. machine learning on gcp ( 스타트업의 머신러닝 준비기 ) - 백재연 ( 스푼라디오 )}.
 *
 * @param index 1-based position among the event's talks
 * @param number the number as written in the heading ("1"), or null
 * @param subtitle text in parentheses after the title, or null
 * @param intro blocks between the talk heading and its first section
 * @param sections the talk's {@code ###} sections
 * @param group the heading above the talks that this talk belongs to ("Day 1", "2일차", "Track A"),
 *     or null when the notes do not group their talks
 * @param attributes the heading's {@code {.class}} (keep-outs), or NONE
 */
public record Talk(
    int index,
    String number,
    String title,
    String subtitle,
    List<Speaker> speakers,
    List<Block> intro,
    List<Section> sections,
    int line,
    String group,
    Attributes attributes) implements Part {

  public Talk(int index, String number, String title, String subtitle, List<Speaker> speakers,
      List<Block> intro, List<Section> sections, int line, String group) {
    this(index, number, title, subtitle, speakers, intro, sections, line, group, Attributes.NONE);
  }

  public Talk {
    speakers = List.copyOf(speakers);
    intro = List.copyOf(intro);
    sections = List.copyOf(sections);
    attributes = attributes == null ? Attributes.NONE : attributes;
  }

  public Talk(int index, String number, String title, String subtitle, List<Speaker> speakers,
      List<Block> intro, List<Section> sections, int line) {
    this(index, number, title, subtitle, speakers, intro, sections, line, null, Attributes.NONE);
  }

  /** "백재연 (스푼라디오), 박정운" — speakers for one line of text, or "" when none. */
  public String speakerLine() {
    return String.join(", ", speakers.stream().map(Speaker::display).toList());
  }
}
