package dev.notedeck.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A section written as questions and answers ({@code Q: …} / {@code A: …}, {@code Q1.}, {@code 질문:}
 * / {@code 답변:}, as paragraphs, list items, or answers nested under their question): each question
 * becomes a heading line and its answer is set in below it, so the two read apart on a slide.
 * The text stays as written; only roles, levels and markers change.
 */
final class QaPairs {

  private static final Pattern QUESTION = Pattern.compile("^(?:Q|질문|문)\\s*\\d*\\s*[.:)．：]\\s*\\S.*",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern ANSWER = Pattern.compile("^(?:A|답|답변)\\s*\\d*\\s*[.:)．：]\\s*\\S.*",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private QaPairs() {}

  static boolean isQuestion(Para p) {
    return QUESTION.matcher(p.plainText().strip()).matches();
  }

  static boolean isAnswer(Para p) {
    return ANSWER.matcher(p.plainText().strip()).matches();
  }

  /**
   * Whether the paragraphs are question/answer pairs: the first is a question, every question has
   * an answer after it, and every other line answers (marked {@code A:}, or set under its question).
   */
  static boolean isQa(List<Para> paras) {
    if (paras.isEmpty() || !isQuestion(paras.get(0))) {
      return false;
    }
    int questionLevel = 0;
    boolean answered = true;
    for (Para p : paras) {
      if (isQuestion(p)) {
        if (!answered) {
          return false;
        }
        questionLevel = p.level();
        answered = false;
      } else if (isAnswer(p) || p.level() > questionLevel || answered) {
        answered = true;
      } else {
        return false;
      }
    }
    return answered;
  }

  /** The paragraphs restyled as questions and answers when they are pairs; else as they are. */
  static List<Para> restyle(List<Para> paras) {
    if (!isQa(paras)) {
      return paras;
    }
    List<Para> out = new ArrayList<>();
    int questionLevel = 0;
    for (Para p : paras) {
      if (isQuestion(p)) {
        questionLevel = p.level();
        out.add(new Para(p.spans(), 0, null, 0, Para.Role.HEADING, p.size(), p.spaceBefore()));
      } else {
        // answers one step in; an answer's own sub-bullets keep their depth below it
        int level = Math.max(1, p.level() - questionLevel);
        out.add(new Para(p.spans(), level, isAnswer(p) ? null : p.bullet(), isAnswer(p) ? 0 : p.number(),
            Para.Role.BODY, p.size(), p.spaceBefore()));
      }
    }
    return out;
  }
}
