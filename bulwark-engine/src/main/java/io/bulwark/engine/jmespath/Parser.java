package io.bulwark.engine.jmespath;

import io.bulwark.engine.jmespath.Calls.ExpRef;
import io.bulwark.engine.jmespath.Calls.FunctionExpression;
import io.bulwark.engine.jmespath.Operators.And;
import io.bulwark.engine.jmespath.Operators.Comparison;
import io.bulwark.engine.jmespath.Operators.ComparisonOperator;
import io.bulwark.engine.jmespath.Operators.KeyValPair;
import io.bulwark.engine.jmespath.Operators.MultiSelectHash;
import io.bulwark.engine.jmespath.Operators.MultiSelectList;
import io.bulwark.engine.jmespath.Operators.Not;
import io.bulwark.engine.jmespath.Operators.Or;
import io.bulwark.engine.jmespath.Operators.Pipe;
import io.bulwark.engine.jmespath.Projections.FilterProjection;
import io.bulwark.engine.jmespath.Projections.Flatten;
import io.bulwark.engine.jmespath.Projections.Projection;
import io.bulwark.engine.jmespath.Projections.ValueProjection;
import io.bulwark.engine.jmespath.Selections.CurrentNode;
import io.bulwark.engine.jmespath.Selections.Field;
import io.bulwark.engine.jmespath.Selections.Identity;
import io.bulwark.engine.jmespath.Selections.Index;
import io.bulwark.engine.jmespath.Selections.Literal;
import io.bulwark.engine.jmespath.Selections.RootNode;
import io.bulwark.engine.jmespath.Selections.Slice;
import io.bulwark.engine.jmespath.Selections.Subexpression;
import io.bulwark.engine.jmespath.Token.Type;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.StringNode;

/**
 * A Pratt parser for the JMESPath grammar, with go-jmespath's binding powers and AST shapes (a
 * slice is a projection over an index expression, a flatten is a projection over an {@code
 * ASTFlatten}, ...). Where go-jmespath is lenient and the specification is not (a missing comma
 * between function arguments, a trailing comma, a fourth slice part), this parser follows the
 * specification, so it accepts no expression that Kyverno rejects.
 */
final class Parser {

  /** Tokens that end a projection's right side bind less than this. */
  private static final int PROJECTION_STOP = 10;

  private final String expression;
  private final List<Token> tokens;
  private final FunctionRegistry functions;
  private int index;

  private Parser(String expression, FunctionRegistry functions) {
    this.expression = expression;
    this.tokens = Lexer.tokenize(expression);
    this.functions = functions;
  }

  static Node parse(String expression, FunctionRegistry functions) {
    Parser parser = new Parser(expression, functions);
    Node node = parser.expression(0);
    if (parser.current().type() != Type.EOF) {
      throw parser.unexpected(parser.current());
    }
    return node;
  }

  private Node expression(int bindingPower) {
    Node left = nud(advance());
    while (bindingPower < current().type().bindingPower()) {
      left = led(advance(), left);
    }
    return left;
  }

  private Node nud(Token token) {
    return switch (token.type()) {
      case JSON_LITERAL -> new Literal(JsonLiterals.parse(token, expression));
      case RAW_STRING -> new Literal(StringNode.valueOf(token.text()));
      case UNQUOTED_IDENTIFIER -> new Field(token.text());
      case QUOTED_IDENTIFIER -> {
        if (current().type() == Type.LPAREN) {
          throw error(token, "a quoted identifier cannot name a function");
        }
        yield new Field(token.text());
      }
      case STAR -> {
        Node right =
            current().type() == Type.RBRACKET
                ? new Identity()
                : projectionRight(Type.STAR.bindingPower());
        yield new ValueProjection(new Identity(), right);
      }
      case FILTER -> filter(new Identity());
      case LBRACE -> multiSelectHash();
      case FLATTEN ->
          new Projection(
              new Flatten(new Identity()), projectionRight(Type.FLATTEN.bindingPower()));
      case LBRACKET -> {
        Type next = current().type();
        if (next == Type.NUMBER || next == Type.COLON) {
          yield projectIfSlice(new Identity(), indexOrSlice());
        }
        if (next == Type.STAR && lookahead(1).type() == Type.RBRACKET) {
          advance();
          advance();
          yield new Projection(new Identity(), projectionRight(Type.STAR.bindingPower()));
        }
        yield multiSelectList();
      }
      case CURRENT -> new CurrentNode();
      case ROOT -> new RootNode();
      case EXPREF -> new ExpRef(expression(Type.EXPREF.bindingPower()));
      case NOT -> new Not(expression(Type.NOT.bindingPower()));
      case LPAREN -> {
        Node inner = expression(0);
        expect(Type.RPAREN);
        yield inner;
      }
      case EOF -> throw error(token, "incomplete expression");
      default -> throw unexpected(token);
    };
  }

  private Node led(Token token, Node left) {
    return switch (token.type()) {
      case DOT -> {
        if (current().type() == Type.STAR) {
          advance();
          yield new ValueProjection(left, projectionRight(Type.DOT.bindingPower()));
        }
        yield new Subexpression(left, dotRight(Type.DOT.bindingPower()), false);
      }
      case PIPE -> new Pipe(left, expression(Type.PIPE.bindingPower()));
      case OR -> new Or(left, expression(Type.OR.bindingPower()));
      case AND -> new And(left, expression(Type.AND.bindingPower()));
      case LPAREN -> functionCall(token, left);
      case FILTER -> filter(left);
      case FLATTEN ->
          new Projection(new Flatten(left), projectionRight(Type.FLATTEN.bindingPower()));
      case EQ, NE, LT, LTE, GT, GTE ->
          new Comparison(operator(token.type()), left, expression(token.type().bindingPower()));
      case LBRACKET -> {
        Type next = current().type();
        if (next == Type.NUMBER || next == Type.COLON) {
          yield projectIfSlice(left, indexOrSlice());
        }
        expect(Type.STAR);
        expect(Type.RBRACKET);
        yield new Projection(left, projectionRight(Type.STAR.bindingPower()));
      }
      default -> throw unexpected(token);
    };
  }

  private Node functionCall(Token paren, Node left) {
    if (!(left instanceof Field field)) {
      throw error(paren, "only an identifier can name a function");
    }
    List<Node> arguments = new ArrayList<>();
    if (current().type() == Type.RPAREN) {
      advance();
    } else {
      while (true) {
        arguments.add(expression(0));
        Token separator = advance();
        if (separator.type() == Type.RPAREN) {
          break;
        }
        if (separator.type() != Type.COMMA) {
          throw error(separator, "expected ',' or ')' but found " + describe(separator));
        }
      }
    }
    String name = field.name();
    return new FunctionExpression(name, arguments, functions.find(name).orElse(null));
  }

  private Node filter(Node left) {
    Node condition = expression(0);
    expect(Type.RBRACKET);
    Node right =
        current().type() == Type.FLATTEN
            ? new Identity()
            : projectionRight(Type.FILTER.bindingPower());
    return new FilterProjection(left, right, condition);
  }

  private Node projectIfSlice(Node left, Node indexOrSlice) {
    Node indexExpression = new Subexpression(left, indexOrSlice, true);
    if (indexOrSlice instanceof Slice) {
      return new Projection(indexExpression, projectionRight(Type.STAR.bindingPower()));
    }
    return indexExpression;
  }

  /** After {@code [}: {@code n]} or {@code [start]:[stop][:[step]]]}. */
  private Node indexOrSlice() {
    if (current().type() != Type.COLON && lookahead(1).type() != Type.COLON) {
      int position = integer(expect(Type.NUMBER));
      expect(Type.RBRACKET);
      return new Index(position);
    }
    Integer[] parts = new Integer[3];
    int part = 0;
    boolean filled = false;
    while (current().type() != Type.RBRACKET) {
      Token token = advance();
      if (token.type() == Type.COLON) {
        part++;
        filled = false;
        if (part > 2) {
          throw error(token, "a slice has at most three parts");
        }
      } else if (token.type() == Type.NUMBER && !filled) {
        parts[part] = integer(token);
        filled = true;
      } else {
        throw error(token, "expected a number or ':' in a slice but found " + describe(token));
      }
    }
    advance();
    return new Slice(parts[0], parts[1], parts[2]);
  }

  private Node projectionRight(int bindingPower) {
    Token next = current();
    if (next.type().bindingPower() < PROJECTION_STOP) {
      return new Identity();
    }
    return switch (next.type()) {
      case LBRACKET, FILTER -> expression(bindingPower);
      case DOT -> {
        advance();
        yield dotRight(bindingPower);
      }
      default -> throw error(next, "expected '.', '[' or '[?' after a projection but found "
          + describe(next));
    };
  }

  private Node dotRight(int bindingPower) {
    Token next = current();
    return switch (next.type()) {
      case UNQUOTED_IDENTIFIER, QUOTED_IDENTIFIER, STAR -> expression(bindingPower);
      case LBRACKET -> {
        advance();
        yield multiSelectList();
      }
      case LBRACE -> {
        advance();
        yield multiSelectHash();
      }
      default -> throw error(next, "expected an identifier, '[' or '{' after '.' but found "
          + describe(next));
    };
  }

  private Node multiSelectList() {
    List<Node> elements = new ArrayList<>();
    while (true) {
      elements.add(expression(0));
      Token separator = advance();
      if (separator.type() == Type.RBRACKET) {
        return new MultiSelectList(elements);
      }
      if (separator.type() != Type.COMMA) {
        throw error(separator, "expected ',' or ']' but found " + describe(separator));
      }
    }
  }

  private Node multiSelectHash() {
    List<KeyValPair> pairs = new ArrayList<>();
    while (true) {
      Token key = advance();
      if (key.type() != Type.UNQUOTED_IDENTIFIER && key.type() != Type.QUOTED_IDENTIFIER) {
        throw error(key, "expected a key but found " + describe(key));
      }
      expect(Type.COLON);
      pairs.add(new KeyValPair(key.text(), expression(0)));
      Token separator = advance();
      if (separator.type() == Type.RBRACE) {
        return new MultiSelectHash(pairs);
      }
      if (separator.type() != Type.COMMA) {
        throw error(separator, "expected ',' or '}' but found " + describe(separator));
      }
    }
  }

  private static ComparisonOperator operator(Type type) {
    return switch (type) {
      case EQ -> ComparisonOperator.EQ;
      case NE -> ComparisonOperator.NE;
      case LT -> ComparisonOperator.LT;
      case LTE -> ComparisonOperator.LTE;
      case GT -> ComparisonOperator.GT;
      default -> ComparisonOperator.GTE;
    };
  }

  private int integer(Token number) {
    try {
      return Integer.parseInt(number.text());
    } catch (NumberFormatException tooLarge) {
      throw error(number, "number " + number.text() + " is out of range");
    }
  }

  private Token expect(Type type) {
    Token token = advance();
    if (token.type() != type) {
      throw error(token, "expected " + type.description() + " but found " + describe(token));
    }
    return token;
  }

  private Token current() {
    return tokens.get(index);
  }

  private Token lookahead(int distance) {
    return tokens.get(Math.min(index + distance, tokens.size() - 1));
  }

  private Token advance() {
    Token token = tokens.get(index);
    if (index < tokens.size() - 1) {
      index++;
    }
    return token;
  }

  private JmesPathSyntaxException unexpected(Token token) {
    return error(token, "unexpected " + describe(token));
  }

  private JmesPathSyntaxException error(Token token, String problem) {
    return new JmesPathSyntaxException(expression, token.offset(), problem);
  }

  private static String describe(Token token) {
    return switch (token.type()) {
      case UNQUOTED_IDENTIFIER, NUMBER -> token.type().description() + " '" + token.text() + "'";
      default -> token.type().description();
    };
  }
}
