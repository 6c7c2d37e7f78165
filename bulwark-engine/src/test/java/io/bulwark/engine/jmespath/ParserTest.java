package io.bulwark.engine.jmespath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParserTest {

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        Arguments.of("foo]",
            "SyntaxError: unexpected ']' at column 4"),
        Arguments.of("foo.",
            "SyntaxError: expected an identifier, '[' or '{' after '.' but found end of "
                + "expression at column 5"),
        Arguments.of("",
            "SyntaxError: incomplete expression at column 1"),
        Arguments.of("'abc",
            "SyntaxError: unclosed ' at column 1"),
        Arguments.of("foo[?a = b]",
            "SyntaxError: '=' is not an operator, use '==' at column 8"),
        Arguments.of("length(a b)",
            "SyntaxError: expected ',' or ')' but found identifier 'b' at column 10"),
        Arguments.of("length(a,)",
            "SyntaxError: unexpected ')' at column 10"),
        Arguments.of("\"a\"(b)",
            "SyntaxError: a quoted identifier cannot name a function at column 1"),
        Arguments.of("foo.bar(x)(y)",
            "SyntaxError: only an identifier can name a function at column 11"),
        Arguments.of("a[1:2:3:4]",
            "SyntaxError: a slice has at most three parts at column 8"),
        Arguments.of("a[1 2]",
            "SyntaxError: expected ']' but found number '2' at column 5"),
        Arguments.of("a[99999999999]",
            "SyntaxError: number 99999999999 is out of range at column 3"),
        Arguments.of("a{b: c}",
            "SyntaxError: unexpected '{' at column 2"),
        Arguments.of("#",
            "SyntaxError: unknown character '#' at column 1"),
        Arguments.of("\"\\q\"",
            "SyntaxError: invalid quoted identifier: unknown escape \\q at column 1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxErrors")
  void reportsSyntaxErrorsWithTheirColumn(String expression, String message) {
    assertThatThrownBy(() -> JmesPath.compile(expression))
        .isInstanceOf(JmesPathSyntaxException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"`foo`", "`1 2`", "``", "`{\"a\": }`"})
  void rejectsJsonLiteralsThatAreNotExactlyOneJsonValue(String expression) {
    assertThatThrownBy(() -> JmesPath.compile(expression))
        .isInstanceOf(JmesPathSyntaxException.class)
        .hasMessageStartingWith("SyntaxError: ")
        .hasMessageEndingWith(" at column 1");
  }

  @Test
  void syntaxErrorsHighlightTheColumn() {
    assertThatThrownBy(() -> JmesPath.compile("foo[?a =]"))
        .isInstanceOfSatisfying(JmesPathSyntaxException.class, e -> {
          assertThat(e.kind()).isEqualTo(JmesPathException.Kind.SYNTAX);
          assertThat(e.column()).isEqualTo(8);
          assertThat(e.highlight()).isEqualTo("foo[?a =]\n       ^");
        });
  }

  @Test
  void printsTheTreeInGoJmespathLayout() {
    assertThat(JmesPath.compile("foo.bar[?a > `1`].name | length(@)").ast()).isEqualTo("""
        ASTPipe {
          children: {
            ASTFilterProjection {
              children: {
                ASTSubexpression {
                  children: {
                    ASTField {
                      value: "foo"
                    }
                    ASTField {
                      value: "bar"
                    }
                  }
                }
                ASTField {
                  value: "name"
                }
                ASTComparator {
                  value: tGT
                  children: {
                    ASTField {
                      value: "a"
                    }
                    ASTLiteral {
                      value: 1
                    }
                  }
                }
              }
            }
            ASTFunctionExpression {
              value: "length"
              children: {
                ASTCurrentNode {
                }
              }
            }
          }
        }
        """);
  }

  @Test
  void printsSlicesIndexesAndHashes() {
    assertThat(JmesPath.compile("a[1:][-1].{k: &b}").ast()).isEqualTo("""
        ASTProjection {
          children: {
            ASTIndexExpression {
              children: {
                ASTField {
                  value: "a"
                }
                ASTSlice {
                  value: []*int{1, nil, nil}
                }
              }
            }
            ASTSubexpression {
              children: {
                ASTIndexExpression {
                  children: {
                    ASTIdentity {
                    }
                    ASTIndex {
                      value: -1
                    }
                  }
                }
                ASTMultiSelectHash {
                  children: {
                    ASTKeyValPair {
                      value: "k"
                      children: {
                        ASTExpRef {
                          children: {
                            ASTField {
                              value: "b"
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """);
  }

  @Test
  void acceptsTheRootReference() {
    String document = "{'want': 2, 'a': [{'b': 1}, {'b': 2}]}";
    assertThat(JmesPath.search("a[?b == $.want].b", Trees.json(document)).toString())
        .isEqualTo("[2]");
  }
}
