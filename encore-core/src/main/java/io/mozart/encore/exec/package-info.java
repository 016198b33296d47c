/** Executors: {@link io.mozart.encore.exec.SerialExecutor} (serial queues on a shared pool) and thread naming. */
package io.mozart.encore.exec;
