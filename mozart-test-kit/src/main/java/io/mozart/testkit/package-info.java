/**
 * Codec property support for Mozart packets: {@link io.mozart.testkit.WireArbitraries} (jqwik arbitraries
 * for every field template), {@link io.mozart.testkit.CodecFrames} (frames and the decode assertions) and
 * {@link io.mozart.testkit.RecordCodecProperties} (the base of a registry's property test).
 */
package io.mozart.testkit;
