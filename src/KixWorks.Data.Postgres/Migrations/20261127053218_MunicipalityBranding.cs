using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KixWorks.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MunicipalityBranding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Logo",
                table: "Municipalities",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LogoContentType",
                table: "Municipalities",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrimaryColour",
                table: "Municipalities",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Logo",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "LogoContentType",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "PrimaryColour",
                table: "Municipalities");
        }
    }
}
