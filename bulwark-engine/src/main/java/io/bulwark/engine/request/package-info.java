/**
 * What the engine is asked about: {@link io.bulwark.engine.request.ResourceRequest} (the object,
 * the old object, the operation, who asked, the namespace's labels). Plain records; no I/O.
 */
package io.bulwark.engine.request;
