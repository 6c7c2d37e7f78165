package io.bulwark.engine.jmespath.function;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Go {@code regexp} (RE2 syntax) run on {@link java.util.regex}. The pattern is rewritten where
 * the two dialects read the same text differently, and RE2's rejections are reproduced with Go's
 * messages ({@code error parsing regexp: missing closing ): `(a`}).
 *
 * <p>Rewrites: {@code $} means end of text unless a {@code (?m)} flag appears; {@code \s} is
 * {@code [\t\n\f\r ]} (no vertical tab); {@code \v} is the vertical tab; {@code [[:alpha:]]}
 * classes become {@code \p{Alpha}}; {@code [}, {@code &} inside classes and a {@code {} that does
 * not start a repeat are literal; named groups get Java-legal names. Rejected as RE2 rejects them:
 * lookaround, atomic groups, backreferences, possessive and nested repeats, repeat counts over
 * 1000. Not reproduced: RE2's {@code (?U)} flag (ignored), Unicode-aware {@code \b} differences.
 *
 * <p>Replacement follows Go's {@code ReplaceAll}: {@code $1}, {@code ${1}}, {@code $name}, {@code
 * ${name}} and {@code $$}, longest names ({@code $1x} is group "1x"), and no second replacement
 * for an empty match right after a match. Immutable and thread-safe.
 */
final class GoRegex {

  private static final int MAX_REPEAT = 1000;

  private final Pattern pattern;
  /** The Go name of each group by number; null for unnamed groups. Index 0 is the whole match. */
  private final List<String> groupNames;

  private GoRegex(Pattern pattern, List<String> groupNames) {
    this.pattern = pattern;
    this.groupNames = groupNames;
  }

  /** Compiles {@code expr}; throws {@link Invalid} with Go's message when RE2 rejects it. */
  static GoRegex compile(String expr) throws Invalid {
    var translator = new Translator(expr);
    String java = translator.translate();
    int flags = Pattern.UNIX_LINES | Pattern.UNICODE_CASE;
    try {
      return new GoRegex(Pattern.compile(java, flags), translator.groupNames);
    } catch (PatternSyntaxException rejected) {
      throw new Invalid("error parsing regexp: " + rejected.getDescription() + ": `" + expr + "`");
    }
  }

  /** {@code regexp.MatchString}: a match anywhere in {@code text}. */
  boolean matches(String text) {
    return pattern.matcher(text).find();
  }

  /** {@code ReplaceAllString}: {@code template} expanded for every match. */
  String replaceAll(String text, String template) {
    return replace(text, template, true);
  }

  /** {@code ReplaceAllLiteralString}: {@code replacement} inserted as is. */
  String replaceAllLiteral(String text, String replacement) {
    return replace(text, replacement, false);
  }

  private String replace(String text, String replacement, boolean expand) {
    Matcher m = pattern.matcher(text);
    var out = new StringBuilder(text.length());
    int lastMatchEnd = 0;
    int searchPos = 0;
    while (searchPos <= text.length() && m.find(searchPos)) {
      out.append(text, lastMatchEnd, m.start());
      // Go inserts no replacement for an empty match that directly follows another match.
      if (m.end() > lastMatchEnd || m.start() == 0) {
        if (expand) {
          expand(m, replacement, out);
        } else {
          out.append(replacement);
        }
      }
      lastMatchEnd = m.end();
      int width = searchPos < text.length() ? Character.charCount(text.codePointAt(searchPos)) : 0;
      if (searchPos + width > m.end()) {
        searchPos += width;
      } else if (searchPos + 1 > m.end()) {
        searchPos++;
      } else {
        searchPos = m.end();
      }
    }
    return out.append(text, lastMatchEnd, text.length()).toString();
  }

  private void expand(Matcher m, String template, StringBuilder out) {
    int i = 0;
    while (i < template.length()) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0) {
        break;
      }
      out.append(template, i, dollar);
      i = dollar + 1;
      if (i < template.length() && template.charAt(i) == '$') {
        out.append('$');
        i++;
        continue;
      }
      Reference ref = Reference.extract(template, i);
      if (ref == null) {
        out.append('$');
        continue;
      }
      i = ref.end();
      int group = ref.number() >= 0 ? ref.number() : groupNames.indexOf(ref.name());
      if (group >= 0 && group <= m.groupCount() && m.start(group) >= 0) {
        out.append(m.group(group));
      }
    }
    out.append(template, i, template.length());
  }

  /** A {@code $name} or {@code ${name}} in a template; {@code number} is -1 for named ones. */
  private record Reference(String name, int number, int end) {

    /** Go's {@code extract}: null when what follows the {@code $} is not a reference. */
    static Reference extract(String s, int from) {
      int i = from;
      boolean brace = i < s.length() && s.charAt(i) == '{';
      if (brace) {
        i++;
      }
      int nameStart = i;
      while (i < s.length()) {
        int cp = s.codePointAt(i);
        if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
          break;
        }
        i += Character.charCount(cp);
      }
      if (i == nameStart) {
        return null;
      }
      String name = s.substring(nameStart, i);
      if (brace) {
        if (i >= s.length() || s.charAt(i) != '}') {
          return null;
        }
        i++;
      }
      return new Reference(name, number(name), i);
    }

    private static int number(String name) {
      if (name.length() > 1 && name.charAt(0) == '0') {
        return -1;
      }
      int n = 0;
      for (int k = 0; k < name.length(); k++) {
        char c = name.charAt(k);
        if (c < '0' || c > '9' || n >= 100_000_000) {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }
  }

  /** RE2 rejected the expression; the message is Go's. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** Rewrites one RE2 expression into Java syntax, checking what RE2 checks on the way. */
  private static final class Translator {
    private final String expr;
    private final StringBuilder out = new StringBuilder();
    private final List<String> groupNames = new ArrayList<>();
    private final boolean multiline;
    private int pos;
    private int depth;
    /** Whether the last thing emitted can take a repeat operator. */
    private boolean repeatable;
    /** Whether the last thing emitted was a repeat operator. */
    private boolean repeated;
    /** Where the repeat operator emitted last starts in {@code expr}. */
    private int lastRepeatStart;

    Translator(String expr) {
      this.expr = expr;
      this.multiline = expr.matches("(?s).*\\(\\?[a-zA-Z]*m[a-zA-Z-]*[):].*");
      groupNames.add(null);
    }

    String translate() throws Invalid {
      while (pos < expr.length()) {
        char c = expr.charAt(pos);
        switch (c) {
          case '\\' -> escape();
          case '[' -> characterClass();
          case '(' -> openGroup();
          case ')' -> closeGroup();
          case '*', '+', '?' -> repeat(String.valueOf(c), 1);
          case '{' -> brace();
          case '$' -> {
            out.append(multiline ? "$" : "\\z");
            pos++;
            atom(true);
          }
          case '^' -> {
            out.append('^');
            pos++;
            atom(true);
          }
          case '|' -> {
            out.append('|');
            pos++;
            atom(false);
          }
          default -> {
            int cp = expr.codePointAt(pos);
            out.appendCodePoint(cp);
            pos += Character.charCount(cp);
            atom(true);
          }
        }
      }
      if (depth > 0) {
        throw error("missing closing )", expr);
      }
      return out.toString();
    }

    private void atom(boolean canRepeat) {
      repeatable = canRepeat;
      repeated = false;
    }

    /**
     * Emits the repeat operator {@code operator} that is written as the next {@code length}
     * characters, plus a lazy {@code ?} after it.
     */
    private void repeat(String operator, int length) throws Invalid {
      int start = pos;
      int end = pos + length;
      boolean lazy = end < expr.length() && expr.charAt(end) == '?';
      if (lazy) {
        end++;
      }
      if (repeated) {
        // RE2 quotes everything from the previous operator to the end of this one: `**`.
        throw error("invalid nested repetition operator", expr.substring(lastRepeatStart, end));
      }
      if (!repeatable) {
        throw error("missing argument to repetition operator", expr.substring(start, end));
      }
      out.append(operator);
      if (lazy) {
        out.append('?');
      }
      pos = end;
      repeatable = false;
      repeated = true;
      lastRepeatStart = start;
    }

    private void brace() throws Invalid {
      Matcher m = Pattern.compile("\\{(\\d+)(,(\\d*))?}").matcher(expr).region(pos, expr.length());
      if (!m.lookingAt()) {
        out.append("\\{");
        pos++;
        atom(true);
        return;
      }
      String min = m.group(1);
      String max = m.group(3);
      if (tooLarge(min) || (max != null && !max.isEmpty() && tooLarge(max))) {
        throw error("invalid repeat count", m.group());
      }
      if (max != null && !max.isEmpty() && Integer.parseInt(max) < Integer.parseInt(min)) {
        throw error("invalid repeat count", m.group());
      }
      repeat(m.group(), m.group().length());
    }

    private static boolean tooLarge(String digits) {
      return digits.length() > 4 || Integer.parseInt(digits) > MAX_REPEAT;
    }

    private void openGroup() throws Invalid {
      depth++;
      if (expr.startsWith("(?", pos)) {
        int after = pos + 2;
        if (expr.startsWith("P<", after) || expr.startsWith("<", after)) {
          int nameStart = expr.indexOf('<', after) + 1;
          int close = expr.indexOf('>', nameStart);
          if (close < 0) {
            throw error("invalid named capture", expr.substring(pos));
          }
          String name = expr.substring(nameStart, close);
          if (!name.matches("[A-Za-z0-9_]+") || groupNames.contains(name)) {
            String code =
                groupNames.contains(name)
                    ? "duplicate capture group name"
                    : "invalid named capture";
            throw error(code, expr.substring(pos, close + 1));
          }
          groupNames.add(name);
          out.append('(');
          pos = close + 1;
          atom(false);
          return;
        }
        if (expr.startsWith("=", after)
            || expr.startsWith("!", after)
            || expr.startsWith("<=", after)
            || expr.startsWith("<!", after)
            || expr.startsWith(">", after)) {
          int len = expr.startsWith("<", after) ? 4 : 3;
          throw error(
              "invalid or unsupported Perl syntax",
              expr.substring(pos, Math.min(expr.length(), pos + len)));
        }
        Matcher flags = Pattern.compile("\\(\\?([imsU]*)(-([imsU]*))?([:)])").matcher(expr);
        flags.region(pos, expr.length());
        if (!flags.lookingAt()) {
          int end = Math.min(expr.length(), pos + 3);
          throw error("invalid or unsupported Perl syntax", expr.substring(pos, end));
        }
        String on = flags.group(1).replace("U", "");
        String off = flags.group(3) == null ? null : flags.group(3).replace("U", "");
        out.append("(?").append(on);
        if (off != null && !off.isEmpty()) {
          out.append('-').append(off);
        }
        out.append(flags.group(4));
        pos = flags.end();
        if (flags.group(4).equals(")")) {
          // A flag group like (?i) sets flags and is not a group at all.
          depth--;
          atom(false);
        } else {
          atom(false);
        }
        return;
      }
      groupNames.add(null);
      out.append('(');
      pos++;
      atom(false);
    }

    private void closeGroup() throws Invalid {
      if (depth == 0) {
        throw error("unexpected )", expr);
      }
      depth--;
      out.append(')');
      pos++;
      atom(true);
    }

    private void escape() throws Invalid {
      if (pos + 1 >= expr.length()) {
        throw error("trailing backslash at end of expression", "");
      }
      char c = expr.charAt(pos + 1);
      switch (c) {
        case 's' -> appendEscape("[\\t\\n\\f\\r ]", 2);
        case 'S' -> appendEscape("[^\\t\\n\\f\\r ]", 2);
        case 'v' -> appendEscape("\\x0B", 2);
        case 'd', 'D', 'w', 'W', 't', 'n', 'r', 'f', 'a' -> appendEscape("\\" + c, 2);
        case 'b', 'B', 'A', 'z' -> {
          out.append('\\').append(c);
          pos += 2;
          atom(false);
        }
        case 'p', 'P' -> unicodeClass(c);
        case 'x' -> hexEscape();
        case 'Q' -> quoted();
        case '0', '1', '2', '3', '4', '5', '6', '7' -> octalEscape();
        default -> {
          if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            appendEscape("\\" + c, 2);
          } else {
            int end = pos + 1 + Character.charCount(expr.codePointAt(pos + 1));
            throw error("invalid escape sequence", expr.substring(pos, end));
          }
        }
      }
    }

    private void appendEscape(String java, int length) {
      out.append(java);
      pos += length;
      atom(true);
    }

    private void unicodeClass(char c) throws Invalid {
      Matcher m = Pattern.compile("\\\\[pP](\\{\\^?[A-Za-z_]+}|[A-Za-z])").matcher(expr);
      m.region(pos, expr.length());
      if (!m.lookingAt()) {
        throw error(
            "invalid character class range",
            expr.substring(pos, Math.min(expr.length(), pos + 3)));
      }
      String body = m.group(1);
      boolean negate = c == 'P';
      if (body.startsWith("{^")) {
        negate = !negate;
        body = "{" + body.substring(2);
      }
      out.append(negate ? "\\P" : "\\p").append(javaUnicodeName(body));
      pos = m.end();
      atom(true);
    }

    /** RE2 names scripts bare ({@code \p{Greek}}); Java wants {@code \p{IsGreek}}. */
    private static String javaUnicodeName(String body) {
      if (body.length() <= 4) {
        return body;
      }
      String name = body.substring(1, body.length() - 1);
      return name.equals("Any") ? "{all}" : "{Is" + name + "}";
    }

    private void hexEscape() throws Invalid {
      Matcher m = Pattern.compile("\\\\x(\\{[0-9A-Fa-f]{1,8}}|[0-9A-Fa-f]{2})").matcher(expr);
      m.region(pos, expr.length());
      if (!m.lookingAt()) {
        throw error(
            "invalid escape sequence", expr.substring(pos, Math.min(expr.length(), pos + 4)));
      }
      out.append(m.group());
      pos = m.end();
      atom(true);
    }

    private void octalEscape() throws Invalid {
      Matcher m = Pattern.compile("\\\\([0-7]{1,3})").matcher(expr).region(pos, expr.length());
      m.lookingAt();
      String digits = m.group(1);
      // RE2 reads \1..\7 as backreferences it does not support; \0 and three-digit forms are octal.
      if (digits.charAt(0) != '0' && digits.length() < 3) {
        throw error("invalid escape sequence", expr.substring(pos, pos + 2));
      }
      out.append("\\0").append(digits);
      pos = m.end();
      atom(true);
    }

    private void quoted() {
      int end = expr.indexOf("\\E", pos + 2);
      String literal = end < 0 ? expr.substring(pos + 2) : expr.substring(pos + 2, end);
      out.append(Pattern.quote(literal));
      pos = end < 0 ? expr.length() : end + 2;
      atom(!literal.isEmpty());
    }

    private void characterClass() throws Invalid {
      int start = pos;
      out.append('[');
      pos++;
      if (pos < expr.length() && expr.charAt(pos) == '^') {
        out.append('^');
        pos++;
      }
      boolean first = true;
      while (true) {
        if (pos >= expr.length()) {
          throw error("missing closing ]", expr.substring(start));
        }
        char c = expr.charAt(pos);
        if (c == ']' && !first) {
          break;
        }
        first = false;
        if (c == '[' && expr.startsWith("[:", pos)) {
          int close = expr.indexOf(":]", pos + 2);
          if (close > 0) {
            String name = expr.substring(pos + 2, close);
            boolean negate = name.startsWith("^");
            String posix = posixClass(negate ? name.substring(1) : name, negate);
            if (posix == null) {
              throw error("invalid character class range", expr.substring(pos, close + 2));
            }
            out.append(posix);
            pos = close + 2;
            continue;
          }
        }
        if (c == '\\') {
          classEscape();
          continue;
        }
        if (c == '[' || c == '&' || c == ']') {
          out.append('\\').append(c);
          pos++;
          continue;
        }
        int cp = expr.codePointAt(pos);
        if (cp == '-' && pos + 1 < expr.length() && expr.charAt(pos + 1) != ']') {
          checkRange();
        }
        out.appendCodePoint(cp);
        pos += Character.charCount(cp);
      }
      out.append(']');
      pos++;
      atom(true);
    }

    private void checkRange() throws Invalid {
      int lowEnd = pos;
      if (lowEnd == 0 || expr.charAt(lowEnd - 1) == '[' || expr.charAt(lowEnd - 1) == '^') {
        return;
      }
      int low = expr.codePointBefore(lowEnd);
      int high = expr.codePointAt(pos + 1);
      if (high == '\\') {
        return;
      }
      if (high < low) {
        int highEnd = pos + 1 + Character.charCount(high);
        int lowStart = lowEnd - Character.charCount(low);
        throw error("invalid character class range", expr.substring(lowStart, highEnd));
      }
    }

    private void classEscape() throws Invalid {
      if (pos + 1 >= expr.length()) {
        throw error("missing closing ]", expr.substring(expr.lastIndexOf('[')));
      }
      char c = expr.charAt(pos + 1);
      switch (c) {
        case 's' -> {
          out.append("\\t\\n\\f\\r ");
          pos += 2;
        }
        case 'v' -> {
          out.append("\\x0B");
          pos += 2;
        }
        case 'p', 'P' -> {
          int before = out.length();
          unicodeClass(c);
          if (out.length() == before) {
            pos += 2;
          }
        }
        case 'x' -> hexEscape();
        default -> {
          if (c < 0x80 && !Character.isLetter(c) || "dDwWStnrfa".indexOf(c) >= 0) {
            out.append('\\').append(c);
            pos += 2;
          } else {
            throw error("invalid escape sequence", expr.substring(pos, pos + 2));
          }
        }
      }
    }

    /** The Java form of {@code [:name:]} (or {@code [:^name:]}), or null for unknown names. */
    private static String posixClass(String name, boolean negate) {
      if (name.equals("word")) {
        return negate ? "\\W" : "\\w";
      }
      String java =
          switch (name) {
            case "alnum" -> "Alnum";
            case "alpha" -> "Alpha";
            case "ascii" -> "ASCII";
            case "blank" -> "Blank";
            case "cntrl" -> "Cntrl";
            case "digit" -> "Digit";
            case "graph" -> "Graph";
            case "lower" -> "Lower";
            case "print" -> "Print";
            case "punct" -> "Punct";
            case "space" -> "Space";
            case "upper" -> "Upper";
            case "xdigit" -> "XDigit";
            default -> null;
          };
      return java == null ? null : (negate ? "\\P{" : "\\p{") + java + "}";
    }

    private static Invalid error(String code, String fragment) {
      return new Invalid("error parsing regexp: " + code + ": `" + fragment + "`");
    }
  }
}
