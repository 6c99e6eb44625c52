package dev.notedeck.resource;

/** A reference the policy or the file itself rules out; the message says why and what to do. */
final class Refusal extends Exception {
  Refusal(String message) {
    super(message, null, false, false);
  }
}
