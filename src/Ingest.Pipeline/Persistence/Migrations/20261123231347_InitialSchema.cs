using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ingest.Pipeline.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    external_id = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    url = table.Column<string>(type: "text", nullable: true),
                    language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "text", nullable: true),
                    body = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    extractor_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sentence_count = table.Column<int>(type: "integer", nullable: false),
                    metadata = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rejected_articles",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    original_message = table.Column<byte[]>(type: "bytea", nullable: false),
                    content_type = table.Column<string>(type: "text", nullable: true),
                    rejected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rejected_articles", x => x.message_id);
                });

            migrationBuilder.CreateTable(
                name: "dates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    span_start = table.Column<int>(type: "integer", nullable: false),
                    span_end = table.Column<int>(type: "integer", nullable: false),
                    sentence_index = table.Column<int>(type: "integer", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    granularity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dates", x => x.id);
                    table.ForeignKey(
                        name: "fk_dates_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    local_id = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    canonical_name = table.Column<string>(type: "text", nullable: false),
                    country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entities", x => x.id);
                    table.ForeignKey(
                        name: "fk_entities_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "figures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: false),
                    value_max = table.Column<decimal>(type: "numeric", nullable: true),
                    unit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    qualifier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    change = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    text = table.Column<string>(type: "text", nullable: false),
                    span_start = table.Column<int>(type: "integer", nullable: false),
                    span_end = table.Column<int>(type: "integer", nullable: false),
                    sentence_index = table.Column<int>(type: "integer", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: true),
                    period_start = table.Column<DateOnly>(type: "date", nullable: true),
                    period_end = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_figures", x => x.id);
                    table.ForeignKey(
                        name: "fk_figures_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    mode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    cameo_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    event_date = table.Column<DateOnly>(type: "date", nullable: true),
                    location_entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    negated = table.Column<bool>(type: "boolean", nullable: false),
                    future = table.Column<bool>(type: "boolean", nullable: false),
                    hypothetical = table.Column<bool>(type: "boolean", nullable: false),
                    trigger = table.Column<string>(type: "text", nullable: false),
                    evidence_text = table.Column<string>(type: "text", nullable: false),
                    span_start = table.Column<int>(type: "integer", nullable: false),
                    span_end = table.Column<int>(type: "integer", nullable: false),
                    sentence_index = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_events_entities_location_entity_id",
                        column: x => x.location_entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "mentions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    span_start = table.Column<int>(type: "integer", nullable: false),
                    span_end = table.Column<int>(type: "integer", nullable: false),
                    sentence_index = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_mentions_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "quotes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    span_start = table.Column<int>(type: "integer", nullable: false),
                    span_end = table.Column<int>(type: "integer", nullable: false),
                    sentence_index = table.Column<int>(type: "integer", nullable: false),
                    speaker_entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reporting_verb = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quotes", x => x.id);
                    table.ForeignKey(
                        name: "fk_quotes_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_quotes_entities_speaker_entity_id",
                        column: x => x.speaker_entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "event_actors",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_actors", x => new { x.event_id, x.entity_id, x.role });
                    table.ForeignKey(
                        name: "fk_event_actors_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_actors_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_articles_external_id",
                table: "articles",
                column: "external_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_published_at",
                table: "articles",
                column: "published_at");

            migrationBuilder.CreateIndex(
                name: "ix_dates_article_id",
                table: "dates",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_dates_start_date_end_date",
                table: "dates",
                columns: new[] { "start_date", "end_date" });

            migrationBuilder.CreateIndex(
                name: "ix_entities_article_id",
                table: "entities",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_entities_canonical_name_type",
                table: "entities",
                columns: new[] { "canonical_name", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_event_actors_entity_id",
                table: "event_actors",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_article_id",
                table: "events",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_location_entity_id",
                table: "events",
                column: "location_entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_type_event_date",
                table: "events",
                columns: new[] { "type", "event_date" });

            migrationBuilder.CreateIndex(
                name: "ix_figures_article_id",
                table: "figures",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_figures_unit_kind",
                table: "figures",
                columns: new[] { "unit", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_mentions_article_id",
                table: "mentions",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_entity_id",
                table: "mentions",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_quotes_article_id",
                table: "quotes",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_quotes_speaker_entity_id",
                table: "quotes",
                column: "speaker_entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_rejected_articles_article_id",
                table: "rejected_articles",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_rejected_articles_reason_rejected_at",
                table: "rejected_articles",
                columns: new[] { "reason", "rejected_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dates");

            migrationBuilder.DropTable(
                name: "event_actors");

            migrationBuilder.DropTable(
                name: "figures");

            migrationBuilder.DropTable(
                name: "mentions");

            migrationBuilder.DropTable(
                name: "quotes");

            migrationBuilder.DropTable(
                name: "rejected_articles");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "entities");

            migrationBuilder.DropTable(
                name: "articles");
        }
    }
}
