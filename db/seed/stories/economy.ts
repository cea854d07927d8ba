import type { DemoStory } from "../types";

export const economyStories: DemoStory[] = [
  {
    key: "regional-employment-q3",
    topics: ["economy"],
    authors: ["lucia"],
    source: {
      name: "Instituto Nacional de Estadística Pública",
      url: "https://inep.example.org/epa/2026-t3",
    },
    image: { motif: "chart", hue: 212, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 30,
    es: {
      title: "El paro baja al 9,4 % en el tercer trimestre, su nivel más bajo en quince años",
      summary:
        "La tasa de desempleo cayó siete décimas entre julio y septiembre, con 112.000 ocupados más. Los servicios y la construcción concentraron la mayor parte del empleo creado, según la encuesta trimestral del INEP.",
      body: `<p>La tasa de paro se situó en el 9,4 % al cierre del tercer trimestre, siete décimas menos que en el periodo anterior y el nivel más bajo desde 2011, según la Encuesta de Población Activa publicada hoy por el Instituto Nacional de Estadística Pública (INEP). El número de ocupados aumentó en 112.000 personas, hasta alcanzar los 21,3 millones, el máximo de la serie histórica.</p>
<p>El descenso se explica sobre todo por el buen comportamiento de los servicios, que sumaron 78.000 empleos gracias a una temporada turística más larga de lo habitual, y de la construcción, con 21.000 ocupados más. La industria se mantuvo prácticamente estable, mientras que la agricultura perdió 9.000 puestos por el final de la campaña de la fruta de hueso.</p>
<h2>Diferencias entre territorios</h2>
<p>Las mayores bajadas del desempleo se registraron en la costa de Valdemar, con 1,3 puntos menos, y en la provincia de Altamira, donde el descenso fue de nueve décimas. En el extremo opuesto, el interior de Sierra Alta apenas varió y mantiene una tasa del 12,8 %, la más alta del país.</p>
<p>Otros indicadores de la encuesta también evolucionaron de forma favorable:</p>
<ul>
<li>El paro juvenil, entre los menores de 25 años, bajó 1,6 puntos, hasta el 24,1 %.</li>
<li>Los hogares con todos sus miembros en paro se redujeron en 26.000, hasta 940.000.</li>
<li>La tasa de temporalidad cayó al 15,7 %, el mínimo desde que existen registros comparables.</li>
</ul>
<p>«Los datos confirman una tendencia sostenida, pero todavía hay demasiados jóvenes fuera del mercado laboral y territorios que no terminan de despegar», señaló la subdirectora general de Análisis Económico del Ministerio de Economía, Carmen Olivares. Olivares recordó que el programa de primer empleo abrirá una nueva convocatoria en enero, con 15.000 contratos subvencionados para menores de 30 años.</p>
<h2>Prudencia ante el invierno</h2>
<p>Los sindicatos y las organizaciones empresariales valoraron las cifras con prudencia. Ambas partes coincidieron en que el cuarto trimestre suele traer un repunte estacional del paro por el fin de los contratos de verano, y reclamaron que se refuercen las políticas de formación en las zonas rurales.</p>
<p>Los analistas del INEP señalan además que las horas trabajadas por ocupado aumentaron ligeramente, una señal de que la mejora no se apoya solo en contratos a tiempo parcial. El número de personas que trabajan menos horas de las que desearían bajó en 38.000, hasta 1,4 millones, el nivel más bajo desde la revisión de la serie en 2014.</p>
<p>Las series completas, desglosadas por sexo, edad y región, pueden consultarse en el <a href="https://inep.example.org/epa/2026-t3">portal del INEP</a>. El organismo publicará el avance del cuarto trimestre a finales de enero.</p>`,
      imageCaption: "Ilustración: barras de un gráfico que se elevan sobre un fondo azul.",
      imageAlt: "Gráfico abstracto de barras ascendentes en tonos azules.",
    },
    en: {
      title: "Unemployment falls to 9.4% in the third quarter, its lowest level in fifteen years",
      summary:
        "The jobless rate fell by 0.7 points between July and September as employment rose by 112,000. Services and construction accounted for most of the new jobs, according to the national statistics institute.",
      body: `<p>The unemployment rate stood at 9.4% at the end of the third quarter, down 0.7 percentage points on the previous quarter and the lowest level since 2011, according to the Labour Force Survey published today by the National Institute of Public Statistics (INEP). Employment rose by 112,000 to 21.3 million, the highest figure on record.</p>
<p>Services drove most of the improvement, adding 78,000 jobs on the back of an unusually long tourist season, while construction added 21,000. Manufacturing was broadly flat, and agriculture shed 9,000 jobs as the stone-fruit harvest came to an end.</p>
<h2>Regional differences</h2>
<p>The sharpest falls in unemployment came on the Valdemar coast, down 1.3 points, and in the province of Altamira, down 0.9 points. At the other end of the scale, the Sierra Alta interior barely moved and still has the highest rate in the country, at 12.8%.</p>
<p>Other indicators in the survey also moved in the right direction:</p>
<ul>
<li>Youth unemployment among under-25s fell 1.6 points to 24.1%.</li>
<li>The number of households in which every member is out of work fell by 26,000 to 940,000.</li>
<li>The share of temporary contracts dropped to 15.7%, the lowest since comparable records began.</li>
</ul>
<p>"The figures confirm a steady trend, but there are still too many young people outside the labour market and too many areas that have yet to take off," said Carmen Olivares, deputy director-general for economic analysis at the Ministry of Economy. She added that the first-job programme would open a new round in January, offering 15,000 subsidised contracts for people under 30.</p>
<h2>Caution ahead of winter</h2>
<p>Trade unions and employers' organisations gave the figures a cautious welcome. Both pointed out that the fourth quarter usually brings a seasonal rise in unemployment as summer contracts come to an end, and called for more training programmes in rural areas.</p>
<p>INEP analysts also noted that average hours worked per employee rose slightly, a sign that the recovery is not being driven solely by part-time contracts. The number of people working fewer hours than they would like fell by 38,000 to 1.4 million, the lowest level since the series was revised in 2014.</p>
<p>The full series, broken down by sex, age and region, is available on the <a href="https://inep.example.org/epa/2026-t3">INEP website</a>. The institute will publish its fourth-quarter figures at the end of January.</p>`,
      imageCaption: "Illustration: chart bars rising against a blue background.",
      imageAlt: "Abstract chart of rising bars in shades of blue.",
    },
  },
  {
    key: "small-business-digital-grants",
    topics: ["economy", "science"],
    authors: ["mateo", "elena"],
    source: {
      name: "Boletín Oficial",
      url: "https://boletin.example.gov/2026/11/ayudas-digitalizacion-pymes",
    },
    image: { motif: "circuit", hue: 168, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 96,
    es: {
      title: "Abren las ayudas de 40 millones para digitalizar pequeños comercios y talleres",
      summary:
        "El Boletín Oficial publica la convocatoria para empresas de hasta diez trabajadores, que cubrirá hasta el 80 % del coste de programas de gestión, ciberseguridad y comunicaciones, con un máximo de 12.000 euros por empresa.",
      body: `<p>El Boletín Oficial ha publicado la convocatoria del programa Comercio Conectado, dotado con 40 millones de euros para ayudar a pequeños comercios, talleres y negocios de hostelería a incorporar herramientas digitales. Podrán solicitar las ayudas las empresas y los autónomos con un máximo de diez trabajadores y una facturación anual inferior a dos millones de euros.</p>
<p>La subvención cubrirá hasta el 80 % del coste de los proyectos, con un límite de 12.000 euros por beneficiario. El plazo de solicitud se abrirá el día 1 del próximo mes y permanecerá abierto durante tres meses o hasta que se agoten los fondos, que se adjudicarán por orden de presentación.</p>
<h2>Qué gastos se financian</h2>
<p>Las bases recogen cinco tipos de actuaciones subvencionables:</p>
<ul>
<li>Programas de gestión de inventario, facturación electrónica y contabilidad.</li>
<li>Tienda en línea y sistemas de pago digital.</li>
<li>Ciberseguridad, copias de seguridad y protección de la información de los clientes.</li>
<li>Mejora de las comunicaciones: fibra, redes wifi profesionales y centralitas en la nube.</li>
<li>Formación del personal en competencias digitales, hasta un máximo de 40 horas.</li>
</ul>
<p>El Ministerio de Economía calcula que unas 5.000 empresas podrán beneficiarse del programa. Según la última encuesta del INEP sobre uso de tecnologías, solo el 38 % de las microempresas vende por internet y apenas una de cada cuatro dispone de un plan básico de ciberseguridad.</p>
<p>«Hablamos de la ferretería del barrio, del taller mecánico o de la librería de un pueblo pequeño: negocios que sostienen la vida local y que no pueden quedarse atrás», explicó el director general de Industria y Pyme, Andrés Villalba, durante la presentación. Villalba subrayó que las cámaras de comercio ofrecerán asesoramiento gratuito para preparar las solicitudes.</p>
<h2>Cómo solicitarlas</h2>
<p>Las solicitudes se presentarán exclusivamente por vía electrónica a través de la <a href="https://www.example.org/comercio-conectado">sede del programa</a>, donde también está disponible una guía de preguntas frecuentes. Los beneficiarios deberán justificar la inversión en un plazo de nueve meses y mantener la actividad durante al menos dos años.</p>
<p>Quedan excluidas las empresas de los sectores financiero e inmobiliario, así como las que hayan recibido ayudas para el mismo fin en los últimos tres años. Las bases permiten que varias pequeñas empresas de una misma calle o mercado presenten un proyecto conjunto, por ejemplo para compartir una plataforma de venta en línea o un servicio de reparto, con un límite de 60.000 euros por agrupación.</p>
<p>El ministerio ha previsto una campaña de comunicación en mercados municipales y asociaciones de comerciantes para dar a conocer la convocatoria, con especial atención a los municipios de menos de 5.000 habitantes.</p>`,
      imageCaption: "Ilustración: circuitos luminosos que recorren el escaparate de una tienda.",
      imageAlt: "Líneas de circuito en tonos verdes sobre fondo oscuro.",
    },
    en: {
      title: "€40m grant scheme opens to help small shops and workshops go digital",
      summary:
        "The Official Gazette has published the call for firms with up to ten employees. Grants will cover up to 80% of the cost of management software, cybersecurity and communications upgrades, capped at €12,000 per business.",
      body: `<p>The Official Gazette has published the call for applications for Comercio Conectado, a €40 million programme to help small shops, workshops and hospitality businesses adopt digital tools. Companies and self-employed people with no more than ten staff and annual turnover below €2 million are eligible.</p>
<p>Grants will cover up to 80% of project costs, capped at €12,000 per recipient. Applications open on the first day of next month and will remain open for three months or until the budget runs out, with funds awarded on a first-come, first-served basis.</p>
<h2>What the money can pay for</h2>
<p>The rules list five types of eligible spending:</p>
<ul>
<li>Software for stock management, e-invoicing and accounting.</li>
<li>Online shops and digital payment systems.</li>
<li>Cybersecurity, data backups and protection of customer information.</li>
<li>Better communications: fibre broadband, business-grade wifi and cloud phone systems.</li>
<li>Staff training in digital skills, up to a maximum of 40 hours.</li>
</ul>
<p>The Ministry of Economy estimates that around 5,000 businesses could benefit. According to INEP's latest survey on technology use, only 38% of micro-businesses sell online, and barely one in four has even a basic cybersecurity plan.</p>
<p>"We are talking about the neighbourhood hardware shop, the car repair garage or the bookshop in a small town: businesses that keep local life going and cannot be left behind," said Andrés Villalba, director-general for industry and small business, at the launch. He stressed that chambers of commerce would offer free advice on preparing applications.</p>
<h2>How to apply</h2>
<p>Applications can only be submitted online through the <a href="https://www.example.org/comercio-conectado">programme portal</a>, which also hosts a list of frequently asked questions. Recipients will have nine months to show how the money was spent and must remain in business for at least two years.</p>
<p>Financial and real estate businesses are excluded, as are firms that have received support for the same purpose in the past three years. The rules also allow several small businesses in the same street or market to submit a joint project, for example to share an online sales platform or a delivery service, with a cap of €60,000 per group.</p>
<p>The ministry is planning a communication campaign in municipal markets and traders' associations to publicise the scheme, with a particular focus on towns with fewer than 5,000 inhabitants.</p>`,
      imageCaption: "Illustration: glowing circuit lines running across a shop window.",
      imageAlt: "Green circuit lines on a dark background.",
    },
  },
  {
    key: "port-freight-record",
    topics: ["economy", "international"],
    authors: ["daniel"],
    source: {
      name: "Agencia Meridiano",
      url: "https://meridiano.example.com/2026/11/puerto-valdemar-record-mercancias",
    },
    image: { motif: "waves", hue: 198, credit: "Agencia Meridiano" },
    publishedHoursAgo: 210,
    es: {
      title: "El puerto de Valdemar bate su récord con 48 millones de toneladas de mercancías",
      summary:
        "El tráfico creció un 7 % en los diez primeros meses del año, impulsado por los contenedores y la nueva conexión ferroviaria. La Autoridad Portuaria prevé cerrar el ejercicio por encima de los 57 millones de toneladas.",
      body: `<p>El puerto de Valdemar movió 48,2 millones de toneladas de mercancías entre enero y octubre, un 7 % más que en el mismo periodo del año anterior y la cifra más alta de su historia, según los datos difundidos por la Autoridad Portuaria. Con dos meses aún por contabilizar, el puerto ya ha superado el total de cualquier ejercicio completo anterior a 2024.</p>
<p>El crecimiento se concentró en el tráfico de contenedores, que alcanzó 1,9 millones de TEU (la unidad equivalente a un contenedor de veinte pies), un 11 % más. Los graneles agroalimentarios, principalmente cereales y aceite, aumentaron un 4 %, mientras que los combustibles retrocedieron un 6 %, en línea con la caída del consumo de gasóleo.</p>
<h2>El tren gana peso</h2>
<p>Buena parte del aumento se atribuye a la autopista ferroviaria que une el puerto con la plataforma logística de San Telmo del Río, inaugurada en primavera. Por ella circulan ya 34 trenes semanales, que han sustituido unos 61.000 viajes de camión por carretera desde su apertura.</p>
<blockquote><p>El tren nos permite llegar al interior en menos tiempo y con menos emisiones. Hoy uno de cada cinco contenedores sale de Valdemar por ferrocarril, y nuestro objetivo es que sea uno de cada tres en 2030.</p></blockquote>
<p>Así lo explicó la presidenta de la Autoridad Portuaria, Rosa Echeverri, quien también destacó el crecimiento de las exportaciones hacia los puertos del norte de Europa y de África occidental, que ya representan el 42 % del tráfico exterior.</p>
<h2>Energía en los muelles</h2>
<p>El puerto tiene previsto poner en servicio el próximo año la conexión eléctrica para buques atracados en la terminal de cruceros, que permitirá a los barcos apagar sus motores auxiliares mientras permanecen en el muelle. La energía procederá de una planta fotovoltaica de 12 megavatios que se construye en terrenos portuarios.</p>
<p>Según los cálculos de la Autoridad Portuaria, la conexión eléctrica evitará la emisión de unas 9.000 toneladas de dióxido de carbono al año y reducirá de forma notable el ruido y los óxidos de nitrógeno en los barrios cercanos a los muelles, una reivindicación histórica de las asociaciones vecinales del centro de Valdemar. El proyecto supone una inversión de 27 millones de euros, procedente en parte de un fondo nacional de transporte sostenible.</p>
<p>Las previsiones de la Autoridad Portuaria apuntan a cerrar el año por encima de los 57 millones de toneladas. El informe mensual de tráfico está disponible en la <a href="https://www.example.org/puerto-valdemar/estadisticas">web de estadísticas del puerto</a>.</p>`,
      imageCaption: "Ilustración: olas en la bocana de un puerto comercial al amanecer.",
      imageAlt: "Ondas azules superpuestas que evocan el mar.",
    },
    en: {
      title: "Port of Valdemar sets new record with 48 million tonnes of freight",
      summary:
        "Traffic grew by 7% in the first ten months of the year, driven by containers and a new rail link. The port authority expects to finish the year above 57 million tonnes, the highest annual total in its history.",
      body: `<p>The Port of Valdemar handled 48.2 million tonnes of freight between January and October, 7% more than in the same period last year and the highest figure in its history, according to data released by the port authority. With two months still to be counted, the port has already exceeded the total for any full year before 2024.</p>
<p>Growth was concentrated in container traffic, which reached 1.9 million TEU (the standard twenty-foot container unit), up 11%. Agri-food bulk cargo, mainly grain and olive oil, rose by 4%, while fuels fell by 6%, in line with declining diesel consumption.</p>
<h2>Rail takes a bigger share</h2>
<p>Much of the increase is attributed to the rail freight corridor linking the port with the San Telmo del Río logistics hub, which opened in the spring. It now carries 34 trains a week and has replaced around 61,000 lorry journeys since it began operating.</p>
<blockquote><p>Rail lets us reach inland markets faster and with lower emissions. Today one in five containers leaves Valdemar by train, and our goal is one in three by 2030.</p></blockquote>
<p>That was the assessment of Rosa Echeverri, president of the port authority, who also highlighted the growth in exports to ports in northern Europe and West Africa, which now account for 42% of international traffic.</p>
<h2>Power on the quayside</h2>
<p>Next year the port plans to commission shore power at the cruise terminal, allowing ships to switch off their auxiliary engines while berthed. The electricity will come from a 12-megawatt solar plant being built on port land, making the terminal one of the first in the region to run berthed vessels on renewable power.</p>
<p>The port authority estimates that shore power will avoid around 9,000 tonnes of carbon dioxide emissions a year and significantly cut noise and nitrogen oxides in the neighbourhoods next to the docks, a long-standing demand of residents' associations in central Valdemar. The project involves an investment of €27 million, part of it from a national fund for sustainable transport.</p>
<p>The port authority expects to close the year above 57 million tonnes. The monthly traffic report is available on the <a href="https://www.example.org/puerto-valdemar/estadisticas">port statistics website</a>.</p>`,
      imageCaption: "Illustration: waves at the mouth of a commercial harbour at dawn.",
      imageAlt: "Overlapping blue waves suggesting the sea.",
    },
  },
  {
    key: "household-energy-bill-aid",
    topics: ["economy", "environment"],
    authors: ["sofia"],
    source: null,
    image: { motif: "sun", hue: 32, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 130,
    es: {
      title: "El bono de energía para hogares vulnerables se amplía a 1,4 millones de familias",
      summary:
        "El Gobierno eleva los umbrales de renta y aumenta el descuento en la factura de luz y gas hasta el 65 % durante los meses de invierno. Las familias que ya lo reciben no tendrán que volver a solicitarlo.",
      body: `<p>El bono de energía, la ayuda que rebaja la factura de electricidad y gas de los hogares con menos recursos, llegará este invierno a 1,4 millones de familias, unas 310.000 más que el año pasado. El Consejo de Ministros ha aprobado la ampliación, que eleva los umbrales de renta y aumenta el descuento durante los meses de mayor consumo.</p>
<h2>Qué cambia</h2>
<p>La reforma introduce tres novedades principales:</p>
<ul>
<li>El umbral de renta sube de 1,5 a 1,7 veces el indicador público de referencia para hogares de una persona, con incrementos adicionales por cada miembro.</li>
<li>El descuento pasa del 50 % al 65 % entre noviembre y marzo para los hogares en situación de vulnerabilidad severa.</li>
<li>Las familias con personas dependientes o con una discapacidad reconocida igual o superior al 33 % tendrán acceso automático.</li>
</ul>
<p>Los hogares que ya perciben la ayuda no tendrán que hacer ningún trámite: el descuento se aplicará de oficio en la primera factura de diciembre. Quienes la soliciten por primera vez podrán hacerlo a través de su compañía comercializadora, en los servicios sociales municipales o en la <a href="https://www.example.org/bono-energia">oficina virtual del bono</a>.</p>
<p>«Nadie debería tener que elegir entre calentar su casa o llenar la nevera», señaló la secretaria de Estado de Energía, Marta Lozano, en la rueda de prensa posterior al Consejo. Lozano indicó que la medida tendrá un coste de 520 millones de euros, financiados en parte con los ingresos de las subastas de derechos de emisión.</p>
<h2>Más información y ayuda para tramitarlo</h2>
<p>El ministerio pondrá en marcha una campaña de comunicación en centros de salud, farmacias y oficinas de correos, ya que sus estudios internos estiman que casi un tercio de los hogares con derecho a la ayuda no la solicita por desconocimiento. Además, un teléfono gratuito ofrecerá información en castellano y en otras seis lenguas.</p>
<p>Las asociaciones de consumidores han valorado positivamente la ampliación, aunque reclaman que el procedimiento se simplifique aún más y que el descuento se extienda también a los hogares que se calientan con gasóleo o leña.</p>
<p>El bono es compatible con las ayudas regionales para la rehabilitación energética de viviendas, que cubren hasta el 80 % del coste de aislar fachadas, cambiar ventanas o instalar bombas de calor.</p>`,
      imageCaption: "Ilustración: un sol de invierno sobre los tejados de un barrio residencial.",
      imageAlt: "Sol anaranjado sobre formas geométricas que sugieren tejados.",
    },
  },
];
