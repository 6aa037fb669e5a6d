// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace hoshi {

// How far ahead the product looks for an end (a label's validity, a product's support period):
// the portfolio's "ends soon", the reminders' window, the label editor's warning and the first
// calendar alarm. One number, so that the views never disagree about what is due.
inline constexpr int ReminderHorizonDays = 90;
// The second, closer calendar alarm; within it a reminder shows as urgent.
inline constexpr int FinalReminderDays = 30;

} // namespace hoshi
