/**
 * The JSON context of a rule evaluation ({@link io.bulwark.engine.context.JsonContext}) and the
 * loading of context entries into it. The outside world (config maps, API calls) is reached only
 * through {@link io.bulwark.engine.context.ContextProvider}.
 */
package io.bulwark.engine.context;
