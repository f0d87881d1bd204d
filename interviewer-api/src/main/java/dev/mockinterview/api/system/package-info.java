/** What the service tells about itself: the OpenAPI description. Health and metrics come from the actuator. */
@NullMarked
package dev.mockinterview.api.system;

import org.jspecify.annotations.NullMarked;
