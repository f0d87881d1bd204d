/**
 * The LLM grader: asks an OpenAI-compatible endpoint or Ollama, through LangChain4j, for structured per-point
 * verdicts, checks them against the answer, scores them with our own formula, and falls back to the embedded grader
 * whenever the LLM cannot answer.
 */
@NullMarked
package dev.mockinterview.grading.llm;

import org.jspecify.annotations.NullMarked;
