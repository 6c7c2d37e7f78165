package io.bulwark.engine.jmespath.function;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates a random string matching a regular expression, for {@code random}. Covers what
 * Kyverno policies write: literals and escapes, {@code .}, character classes with ranges,
 * negation, {@code \d \w \s} and POSIX names, groups (capturing, non-capturing, named),
 * alternation, and the repeats {@code * + ? {n} {n,} {n,m}} (lazy forms too). Anchors and word
 * boundaries generate nothing.
 *
 * <p>Limits, where goregen (Kyverno's generator) differs: unbounded repeats ({@code *}, {@code +},
 * {@code {n,}}) add at most {@value #UNBOUNDED_EXTRA} repetitions; {@code .} and negated classes
 * draw from printable ASCII only; flags such as {@code (?i)} are accepted and ignored;
 * backreferences are not supported. The expression must already be valid Go syntax (checked by
 * {@link GoRegex}). Not thread-safe; create one per call.
 */
final class RegexGenerator {

  static final int UNBOUNDED_EXTRA = 10;
  private static final int PRINTABLE_FIRST = 0x20;
  private static final int PRINTABLE_LAST = 0x7e;

  private final String expr;
  private final RandomGenerator random;
  private int pos;

  private RegexGenerator(String expr, RandomGenerator random) {
    this.expr = expr;
    this.random = random;
  }

  /** A string matching {@code expr}. */
  static String generate(String expr, RandomGenerator random) {
    var generator = new RegexGenerator(expr, random);
    var out = new StringBuilder();
    Node node = generator.alternation();
    node.emit(out, random);
    return out.toString();
  }

  /** A parsed piece of the expression that can write a random match of itself. */
  private interface Node {
    void emit(StringBuilder out, RandomGenerator random);
  }

  private record Sequence(List<Node> items) implements Node {
    @Override
    public void emit(StringBuilder out, RandomGenerator random) {
      items.forEach(item -> item.emit(out, random));
    }
  }

  private record Choice(List<Node> options) implements Node {
    @Override
    public void emit(StringBuilder out, RandomGenerator random) {
      options.get(random.nextInt(options.size())).emit(out, random);
    }
  }

  private record Repeat(Node body, int min, int max) implements Node {
    @Override
    public void emit(StringBuilder out, RandomGenerator random) {
      int n = min + random.nextInt(max - min + 1);
      for (int i = 0; i < n; i++) {
        body.emit(out, random);
      }
    }
  }

  private record Literal(int codePoint) implements Node {
    @Override
    public void emit(StringBuilder out, RandomGenerator random) {
      out.appendCodePoint(codePoint);
    }
  }

  /** A set of code points as inclusive ranges {@code [lo0, hi0, lo1, hi1, ...]}. */
  private record CharSet(List<int[]> ranges) implements Node {
    @Override
    public void emit(StringBuilder out, RandomGenerator random) {
      long total = 0;
      for (int[] r : ranges) {
        total += r[1] - r[0] + 1L;
      }
      long pick = random.nextLong(total);
      for (int[] r : ranges) {
        long size = r[1] - r[0] + 1L;
        if (pick < size) {
          out.appendCodePoint((int) (r[0] + pick));
          return;
        }
        pick -= size;
      }
    }

    /** The printable ASCII characters not in this set. */
    CharSet negated() {
      List<int[]> result = new ArrayList<>();
      for (int c = PRINTABLE_FIRST; c <= PRINTABLE_LAST; c++) {
        if (!contains(c)) {
          result.add(new int[] {c, c});
        }
      }
      return new CharSet(result);
    }

    boolean contains(int c) {
      for (int[] r : ranges) {
        if (c >= r[0] && c <= r[1]) {
          return true;
        }
      }
      return false;
    }
  }

  private static final Node EMPTY = new Sequence(List.of());
  private static final CharSet DIGIT = set('0', '9');
  private static final CharSet WORD = set('0', '9', 'A', 'Z', 'a', 'z', '_', '_');
  private static final CharSet SPACE = set('\t', '\n', '\f', '\r', ' ', ' ');
  private static final CharSet PRINTABLE = set(PRINTABLE_FIRST, PRINTABLE_LAST);

  private static CharSet set(int... bounds) {
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      ranges.add(new int[] {bounds[i], bounds[i + 1]});
    }
    return new CharSet(ranges);
  }

  private Node alternation() {
    List<Node> options = new ArrayList<>();
    options.add(sequence());
    while (pos < expr.length() && expr.charAt(pos) == '|') {
      pos++;
      options.add(sequence());
    }
    return options.size() == 1 ? options.get(0) : new Choice(options);
  }

  private Node sequence() {
    List<Node> items = new ArrayList<>();
    while (pos < expr.length() && expr.charAt(pos) != '|' && expr.charAt(pos) != ')') {
      Node atom = atom();
      items.add(repeats(atom));
    }
    return new Sequence(items);
  }

  private Node repeats(Node atom) {
    while (pos < expr.length()) {
      char c = expr.charAt(pos);
      int min;
      int max;
      if (c == '*' || c == '+' || c == '?') {
        pos++;
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : min + UNBOUNDED_EXTRA;
      } else if (c == '{' && expr.substring(pos).matches("(?s)\\{\\d+(,\\d*)?}.*")) {
        int close = expr.indexOf('}', pos);
        String[] bounds = expr.substring(pos + 1, close).split(",", -1);
        min = Integer.parseInt(bounds[0]);
        if (bounds.length == 1) {
          max = min;
        } else {
          max = bounds[1].isEmpty() ? min + UNBOUNDED_EXTRA : Integer.parseInt(bounds[1]);
        }
        pos = close + 1;
      } else {
        return atom;
      }
      if (pos < expr.length() && expr.charAt(pos) == '?') {
        pos++;
      }
      atom = new Repeat(atom, min, max);
    }
    return atom;
  }

  private Node atom() {
    int c = expr.codePointAt(pos);
    switch (c) {
      case '(' -> {
        pos++;
        if (expr.startsWith("?", pos)) {
          int close = groupHeaderEnd();
          boolean flagsOnly = expr.charAt(close) == ')';
          pos = close + 1;
          if (flagsOnly) {
            return EMPTY;
          }
        }
        Node inner = alternation();
        pos++; // ')'
        return inner;
      }
      case '[' -> {
        return characterClass();
      }
      case '.' -> {
        pos++;
        return PRINTABLE;
      }
      case '^', '$' -> {
        pos++;
        return EMPTY;
      }
      case '\\' -> {
        return escape(false);
      }
      default -> {
        pos += Character.charCount(c);
        return new Literal(c);
      }
    }
  }

  /** The index of the {@code :} or {@code )} ending a {@code (?...} group header. */
  private int groupHeaderEnd() {
    if (expr.startsWith("?P<", pos) || expr.startsWith("?<", pos)) {
      return expr.indexOf('>', pos);
    }
    int i = pos + 1;
    while (expr.charAt(i) != ':' && expr.charAt(i) != ')') {
      i++;
    }
    return i;
  }

  /** An escape at {@code pos}; inside a class, anchors are not expected. */
  private Node escape(boolean inClass) {
    char c = expr.charAt(pos + 1);
    pos += 2;
    return switch (c) {
      case 'd' -> DIGIT;
      case 'D' -> DIGIT.negated();
      case 'w' -> WORD;
      case 'W' -> WORD.negated();
      case 's' -> SPACE;
      case 'S' -> SPACE.negated();
      case 'n' -> new Literal('\n');
      case 't' -> new Literal('\t');
      case 'r' -> new Literal('\r');
      case 'f' -> new Literal('\f');
      case 'v' -> new Literal(0x0b);
      case 'a' -> new Literal(0x07);
      case 'b', 'B', 'A', 'z' -> inClass ? new Literal(c) : EMPTY;
      case 'p', 'P' -> unicodeClass(c == 'P');
      case 'x' -> new Literal(hex());
      case 'Q' -> quoted();
      default -> new Literal(c);
    };
  }

  private Node unicodeClass(boolean negate) {
    String name;
    if (expr.charAt(pos) == '{') {
      int close = expr.indexOf('}', pos);
      name = expr.substring(pos + 1, close);
      pos = close + 1;
    } else {
      name = expr.substring(pos, pos + 1);
      pos++;
    }
    CharSet letters = set('A', 'Z', 'a', 'z');
    CharSet set =
        switch (name) {
          case "N", "Nd" -> DIGIT;
          case "Lu" -> set('A', 'Z');
          case "Ll" -> set('a', 'z');
          default -> letters;
        };
    return negate ? set.negated() : set;
  }

  private int hex() {
    if (expr.charAt(pos) == '{') {
      int close = expr.indexOf('}', pos);
      int value = Integer.parseInt(expr.substring(pos + 1, close), 16);
      pos = close + 1;
      return value;
    }
    int value = Integer.parseInt(expr.substring(pos, pos + 2), 16);
    pos += 2;
    return value;
  }

  private Node quoted() {
    int end = expr.indexOf("\\E", pos);
    String literal = end < 0 ? expr.substring(pos) : expr.substring(pos, end);
    pos = end < 0 ? expr.length() : end + 2;
    List<Node> items = new ArrayList<>();
    literal.codePoints().forEach(cp -> items.add(new Literal(cp)));
    return new Sequence(items);
  }

  private Node characterClass() {
    pos++;
    boolean negate = expr.charAt(pos) == '^';
    if (negate) {
      pos++;
    }
    List<int[]> ranges = new ArrayList<>();
    boolean first = true;
    while (expr.charAt(pos) != ']' || first) {
      first = false;
      if (expr.startsWith("[:", pos) && expr.indexOf(":]", pos) > 0) {
        int close = expr.indexOf(":]", pos);
        String name = expr.substring(pos + 2, close);
        pos = close + 2;
        boolean negated = name.startsWith("^");
        CharSet posix = posix(negated ? name.substring(1) : name);
        ranges.addAll((negated ? posix.negated() : posix).ranges());
        continue;
      }
      int low;
      if (expr.charAt(pos) == '\\') {
        Node escaped = escape(true);
        if (escaped instanceof CharSet set) {
          ranges.addAll(set.ranges());
          continue;
        }
        low = escaped instanceof Literal literal ? literal.codePoint() : ' ';
      } else {
        low = expr.codePointAt(pos);
        pos += Character.charCount(low);
      }
      int high = low;
      if (expr.charAt(pos) == '-' && expr.charAt(pos + 1) != ']') {
        pos++;
        if (expr.charAt(pos) == '\\') {
          Node escaped = escape(true);
          high = escaped instanceof Literal literal ? literal.codePoint() : low;
        } else {
          high = expr.codePointAt(pos);
          pos += Character.charCount(high);
        }
      }
      ranges.add(new int[] {low, high});
    }
    pos++;
    CharSet set = new CharSet(ranges);
    return negate ? set.negated() : set;
  }

  private static CharSet posix(String name) {
    return switch (name) {
      case "alpha" -> set('A', 'Z', 'a', 'z');
      case "digit" -> DIGIT;
      case "alnum" -> set('0', '9', 'A', 'Z', 'a', 'z');
      case "upper" -> set('A', 'Z');
      case "lower" -> set('a', 'z');
      case "space" -> set('\t', '\r', ' ', ' ');
      case "blank" -> set('\t', '\t', ' ', ' ');
      case "xdigit" -> set('0', '9', 'A', 'F', 'a', 'f');
      case "punct" -> set('!', '/', ':', '@', '[', '`', '{', '~');
      case "word" -> WORD;
      default -> set('!', '~');
    };
  }
}
