// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shelf life and firmware image options shared by several commands (cmd_shelflife.cpp):
// evidence add|set take --effective-on and --review-by, product add|set take --firmware-image,
// settings takes --review-period. Each read* function prints its own error and returns false.
#include "cliutil.h"

#include <QJsonObject>

namespace hoshi::cli {

void addShelfLifeOptions(QCommandLineParser &parser);
[[nodiscard]] bool readShelfLifeOptions(const QCommandLineParser &parser, Evidence *evidence);
// The effective and review dates as evidence show/list print them, with the review date in force.
void insertShelfLifeJson(QJsonObject &json, const Evidence &evidence, const ReviewPeriods &periods);

void addFirmwareImageOption(QCommandLineParser &parser);
// --firmware-image PATH: the product's firmware image hash becomes the file's SHA-256.
[[nodiscard]] bool readFirmwareImageOption(const QCommandLineParser &parser, Product *product);

void addReviewPeriodOption(QCommandLineParser &parser);
[[nodiscard]] bool hasReviewPeriodOption(const QCommandLineParser &parser);
// Checks every --review-period before anything is stored, then stores them.
[[nodiscard]] bool applyReviewPeriodOption(const QCommandLineParser &parser, Workspace &workspace);
void printReviewPeriods(const Workspace &workspace);

} // namespace hoshi::cli
