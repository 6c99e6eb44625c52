package dev.notedeck.diagnostics;

/** How much a finding matters: errors stop a build, warnings and infos do not. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
