using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diplomacy.Api.Migrations.PostgreSql;

/// <inheritdoc />
public partial class Initial : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Agendas",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                Title = table.Column<string>(type: "text", nullable: false),
                City = table.Column<string>(type: "text", nullable: false),
                HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                StartsAt = table.Column<string>(type: "text", nullable: true),
                Delegations = table.Column<string>(type: "jsonb", nullable: false),
                Items = table.Column<string>(type: "jsonb", nullable: false),
                OffAgenda = table.Column<string>(type: "jsonb", nullable: false),
                MissionsInScope = table.Column<string>(type: "jsonb", nullable: false),
                PrecedingEvents = table.Column<string>(type: "jsonb", nullable: false),
                PossibleFollowUps = table.Column<string>(type: "jsonb", nullable: false),
                NotesByDelegation = table.Column<string>(type: "jsonb", nullable: false),
                Version = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Agendas", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Missions",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                Kind = table.Column<string>(type: "text", nullable: false),
                SendingCountry = table.Column<string>(type: "text", nullable: false),
                HostCountry = table.Column<string>(type: "text", nullable: false),
                City = table.Column<string>(type: "text", nullable: false),
                Status = table.Column<string>(type: "text", nullable: false),
                Head = table.Column<string>(type: "jsonb", nullable: true),
                StaffCeiling = table.Column<int>(type: "integer", nullable: false),
                StaffPresent = table.Column<int>(type: "integer", nullable: false),
                RegistryNumber = table.Column<long>(type: "bigint", nullable: true),
                AnnualBudgetUsd = table.Column<decimal>(type: "numeric", nullable: true),
                Location = table.Column<string>(type: "jsonb", nullable: true),
                OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                Consulates = table.Column<string>(type: "jsonb", nullable: false),
                Contacts = table.Column<string>(type: "jsonb", nullable: false),
                Tags = table.Column<string>(type: "jsonb", nullable: false),
                Version = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Missions", x => x.Id);
            });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "Agendas");

        migrationBuilder.DropTable(
            name: "Missions");
    }
}
