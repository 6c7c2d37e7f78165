package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.JmesFunction;
import java.util.List;

/** The specification's built-in functions, for {@code FunctionRegistry.standard()}. */
public final class StandardFunctions {

  private StandardFunctions() {}

  public static List<JmesFunction> all() {
    return List.of(
        new AbsFunction(),
        new AvgFunction(),
        new CeilFunction(),
        new ContainsFunction(),
        new EndsWithFunction(),
        new FloorFunction(),
        new JoinFunction(),
        new KeysFunction(),
        new LengthFunction(),
        new MapFunction(),
        new MaxFunction(),
        new MaxByFunction(),
        new MergeFunction(),
        new MinFunction(),
        new MinByFunction(),
        new NotNullFunction(),
        new ReverseFunction(),
        new SortFunction(),
        new SortByFunction(),
        new StartsWithFunction(),
        new SumFunction(),
        new ToArrayFunction(),
        new ToNumberFunction(),
        new ToStringFunction(),
        new TypeFunction(),
        new ValuesFunction());
  }
}
